// libFuzzer target: how a SCIM/OAuth answer is read. The first byte picks the status and content
// type; the rest is the body (and, separately, a Retry-After value).
#include "RetryPolicy.h"
#include "ScimError.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    static const int statuses[] = {200, 201, 400, 401, 403, 404, 409, 429, 500, 502, 503};
    static const char *types[] = {"application/scim+json; charset=utf-8", "application/json", "text/html",
        "text/plain", ""};
    const int status = statuses[data[0] % (sizeof statuses / sizeof *statuses)];
    const QByteArray type = types[(data[0] / 16) % (sizeof types / sizeof *types)];
    const QByteArray body(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));

    const pd::ScimError e = pd::ScimError::fromHttp(status, body, type);
    (void)e.describe();
    (void)e.isTransient();
    pd::ScimError parsed;
    (void)pd::ScimError::parseBody(body, type, &parsed);
    (void)pd::ScimError::looksLikeHtml(body, type);
    const auto wait = pd::RetryPolicy::parseRetryAfter(body.left(200));
    if (wait && *wait < 0)
        __builtin_trap(); // a wait is never negative
    pd::RetryPolicy policy;
    (void)policy.delayBeforeRetry(e, 1 + data[0] % 5);
    return 0;
}
