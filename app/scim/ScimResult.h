#pragma once

#include "ScimError.h"

#include <QJsonObject>
#include <QList>
#include <QMetaType>

namespace pd {

// The outcome of one ScimClient operation.
struct ScimResult
{
    ScimError error; // error.ok() on success
    int httpStatus = 0; // of the last answer
    QJsonObject resource; // get/create/replace/setActive; the match of findUserByUserName
    QList<QJsonObject> resources; // listUsers (unless pages were streamed), findUserByUserName
    int totalResults = -1; // as the server reported it (lists), -1 when unknown
    int attempts = 0; // HTTP requests this operation sent, retries included
    // A POST/DELETE whose retry met 409/404 after an attempt that may have been applied, and that was
    // resolved by looking the user up: the operation did happen, but not necessarily by this request.
    bool recovered = false;

    bool ok() const { return error.ok(); }
    bool found() const { return ok() && !resource.isEmpty(); }
};

} // namespace pd

Q_DECLARE_METATYPE(pd::ScimResult)
