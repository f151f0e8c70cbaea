import { useMemo, useState } from "react";
import { Button, Field, SearchBox, Text, makeStyles, tokens } from "@fluentui/react-components";
import { FUNCTIONS } from "../../core/catalogue";
import type { WorkbookPort } from "../../workbook/port";
import { useLanguage, useText } from "../useText";
import { FunctionDetail } from "./FunctionDetail";
import { searchFunctions } from "./searchFunctions";
import { WrittenValuesList } from "./WrittenValuesList";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  list: {
    listStyleType: "none",
    margin: "0",
    padding: "0",
    display: "flex",
    flexDirection: "column",
  },
  item: {
    width: "100%",
    justifyContent: "flex-start",
    textAlign: "left",
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
  },
  id: { fontFamily: tokens.fontFamilyMonospace, color: tokens.colorNeutralForeground3 },
});

/**
 * 「関数」: search the catalogue in Japanese or English, read a function's detail, insert it or
 * write its value; above the search, the values the add-in wrote (「書き込んだ値」, 再計算).
 *
 * @example <FunctionsPanel port={port} />
 */
export function FunctionsPanel({ port }: { port: WorkbookPort }) {
  const t = useText();
  const lang = useLanguage();
  const styles = useStyles();
  const [query, setQuery] = useState("");
  const [openId, setOpenId] = useState<string | null>(null);
  const matches = useMemo(() => searchFunctions(FUNCTIONS, query), [query]);
  const open = openId === null ? undefined : FUNCTIONS.find((f) => f.id === openId);

  if (open) return <FunctionDetail spec={open} port={port} onBack={() => setOpenId(null)} />;

  return (
    <div className={styles.root}>
      <WrittenValuesList port={port} />
      <Field label={t("ui.fn.searchLabel")}>
        <SearchBox
          value={query}
          placeholder={t("ui.fn.searchPlaceholder")}
          onChange={(_, data) => setQuery(data.value)}
        />
      </Field>
      <Text size={200} role="status">
        {FUNCTIONS.length === 0
          ? t("ui.fn.empty")
          : matches.length === 0
            ? t("ui.fn.noMatch", { query })
            : t("ui.fn.count", { count: matches.length })}
      </Text>
      <ul className={styles.list} aria-label={t("ui.fn.listLabel")}>
        {matches.map((spec) => (
          <li key={spec.id}>
            <Button appearance="subtle" className={styles.item} onClick={() => setOpenId(spec.id)}>
              <Text weight="semibold">{spec[lang].name}</Text>
              <Text size={200} className={styles.id}>
                ZAISEI.{spec.id}
              </Text>
            </Button>
          </li>
        ))}
      </ul>
    </div>
  );
}
