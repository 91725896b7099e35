#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace pd {

// An attribute that had a value in the last body sent and has none now was emptied in the source.
// Zoom applies PUT as a partial update, so leaving it out of the body would keep the old value while
// the history said it was cleared. Attributes Zoom lets an admin empty (title, locale, phone,
// department, organization) are sent as unassigned (null, or [] for phone numbers, RFC 7643 2.5);
// the others (given and family name, email, user type, roles) cannot be emptied without breaking
// the account or its license: they are kept, taken out of the list of changes, and reported.
class ClearedAttributes
{
public:
    // Adds the clearing values to *updateBody, drops the kept attributes from *changes, writes the
    // values Zoom keeps back into *payload (so the stored payload is what Zoom holds) and returns a
    // sentence naming the kept ones (empty when there are none).
    static QString apply(const QJsonObject &before, const QJsonObject &after, QJsonObject *updateBody,
        QJsonArray *changes, QByteArray *payload);
};

} // namespace pd
