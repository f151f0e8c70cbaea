/**
 * Errors shaped like office.js's `OfficeExtension.Error` ("RichApi.Error"): a `code`, the message
 * office.js uses, and `debugInfo.errorLocation`. Message texts are office.js's own resource strings
 * (dist/excel-win32-16.01.debug.js) where they exist.
 */
export class FakeRichApiError extends Error {
  override readonly name = "RichApi.Error";
  readonly debugInfo: { code: string; message: string; errorLocation?: string };

  constructor(
    readonly code: string,
    message: string,
    errorLocation?: string
  ) {
    super(message);
    this.debugInfo = { code, message, errorLocation };
  }
}

/** office.js: Utility.createPropertyNotLoadedException. */
export function propertyNotLoaded(entity: string, property: string): FakeRichApiError {
  return new FakeRichApiError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    `${entity}.${property}`
  );
}

export function itemNotFound(location: string): FakeRichApiError {
  return new FakeRichApiError("ItemNotFound", "The requested resource doesn't exist.", location);
}

export function invalidArgument(location: string): FakeRichApiError {
  return new FakeRichApiError(
    "InvalidArgument",
    "The argument is invalid or missing or has an incorrect format.",
    location
  );
}

/**
 * Excel's refusal of an operation the object does not support, e.g. loading `custom` on a
 * conditional format of another type (message as reported in office-js#2180).
 */
export function invalidOperation(location: string): FakeRichApiError {
  return new FakeRichApiError(
    "InvalidOperation",
    "This operation is not permitted for the current object.",
    location
  );
}

/** Excel on the web refuses a request or response over 5 MB (message as Microsoft Graph reports it). */
export function payloadTooLarge(): FakeRichApiError {
  return new FakeRichApiError(
    "ResponsePayloadSizeLimitExceeded",
    "The size of the payload exceeded the limit. Read the documentation: https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins."
  );
}

/** Excel on the web refuses a request over 5 MB before running any of it. */
export function requestTooLarge(): FakeRichApiError {
  return new FakeRichApiError(
    "RequestPayloadSizeLimitExceeded",
    "The request payload size has exceeded the limit. Please refer to the documentation: https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins."
  );
}

/** office.js: a proxy used after its Excel.run batch ended. */
export function invalidObjectPath(location: string): FakeRichApiError {
  return new FakeRichApiError(
    "InvalidObjectPath",
    `The object path '${location}' isn't working for what you're trying to do. If you're using the object across multiple "context.sync" calls and outside the sequential execution of a ".run" batch, please use the "context.trackedObjects.add()" and "context.trackedObjects.remove()" methods to manage the object's lifetime.`,
    location
  );
}

/**
 * What Excel answers a change to a protected sheet (writing cells, adding or deleting conditional
 * formats): the sync fails with AccessDenied, after the commands before it ran.
 */
export function sheetProtected(location: string): FakeRichApiError {
  return new FakeRichApiError(
    "AccessDenied",
    "You cannot perform the requested operation.",
    location
  );
}
