#pragma once

#include <QString>
#include <QStringList>

namespace pd {

// Takes credentials out of log lines before anyone sees them: Authorization headers, Bearer/Basic
// credentials, access/refresh tokens, client secrets and passwords in JSON, form and query syntax,
// JWTs, passwords in URLs, and, exactly, any value registered with addSecret() (the client secret,
// the current access token) wherever it appears.
class LogRedactor
{
public:
    static constexpr auto placeholder = "[redacted]";

    // The pattern rules alone.
    static QString redactPatterns(const QString &line);

    // Registers a value to be replaced wherever it occurs, for the redactor's lifetime (the client
    // secret). Values shorter than 4 characters are ignored: they would shred ordinary text.
    void addSecret(const QString &value);
    // The same for values that come and go (access tokens): only the latest few are kept.
    void addRotatingSecret(const QString &value);

    QString redact(const QString &line) const;

private:
    static void add(QStringList *list, const QString &value);

    static constexpr qsizetype maxRotating = 8;
    QStringList m_secrets;
    QStringList m_rotating;
};

} // namespace pd
