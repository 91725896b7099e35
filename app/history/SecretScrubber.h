#pragma once

#include "AttributeChange.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace pd {

// Keeps secrets out of the history. The recorder passes every detail, message and changed value
// through scrub() before it reaches the database. Two layers:
//  - known secrets: exact values the engine registers (the client secret, each access token);
//  - shapes: "Bearer …", "Authorization: …", JWTs, key=value / "key": "value" pairs whose key names a
//    credential (token, secret, password, assertion, …) and long opaque runs mixing upper case, lower
//    case and digits (client secrets, raw tokens). Emails, URLs, Zoom ids and UUIDs are left alone.
// Changed attributes whose name names a credential ("password") lose both values.
class SecretScrubber
{
public:
    static constexpr auto redacted = "[redacted]";

    // Values shorter than 6 characters are ignored: too short to be a secret, too likely to be a word.
    void addKnownSecret(const QString &secret);
    void clearKnownSecrets() { m_known.clear(); }

    QString scrub(const QString &text) const;
    QList<AttributeChange> scrub(const QList<AttributeChange> &changes) const;

    // The shape rules alone, for text that has no scrubber instance at hand.
    static QString scrubShapes(const QString &text);
    static bool isCredentialName(const QString &attribute);

private:
    QStringList m_known;
};

} // namespace pd
