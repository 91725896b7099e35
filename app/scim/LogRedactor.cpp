#include "LogRedactor.h"

#include <QRegularExpression>
#include <QUrl>
#include <algorithm>

namespace pd {

namespace {

// Names whose values are credentials, in any of JSON, form, query or "name: value" syntax.
const QString secretNames = QStringLiteral(
    "access_token|refresh_token|id_token|client_secret|clientsecret|client-secret|password|passwd|pwd|secret|"
    "token|api_key|apikey|x-api-key|bearer_token");

struct Rule
{
    QRegularExpression re;
    QString replacement;
};

const QList<Rule> &rules()
{
    const auto ci = QRegularExpression::CaseInsensitiveOption;
    const QString r = QString::fromLatin1(LogRedactor::placeholder);
    static const QList<Rule> all {
        // Authorization / Proxy-Authorization headers: everything after the colon.
        {QRegularExpression(QStringLiteral(R"re((\b(?:proxy-)?authorization"?\s*[:=]\s*"?)[^"\r\n]+)re"), ci),
            QStringLiteral("\\1") + r},
        // "Bearer <token>" and "Basic <base64>" anywhere (a Basic credential is at least 8 characters,
        // so "Basic users" stays readable).
        {QRegularExpression(QStringLiteral(R"re(\b(bearer)\s+[A-Za-z0-9\-._~+/]+=*)re"), ci),
            QStringLiteral("\\1 ") + r},
        {QRegularExpression(QStringLiteral(R"re(\b(basic)\s+[A-Za-z0-9+/]{8,}={0,2})re"), ci),
            QStringLiteral("\\1 ") + r},
        // JSON: "access_token": "value" (escaped quotes inside the value included).
        {QRegularExpression(
             QStringLiteral(R"re(("(?:%1)"\s*:\s*")(?:[^"\\]|\\.)*("))re").arg(secretNames), ci),
            QStringLiteral("\\1") + r + QStringLiteral("\\2")},
        // Form and query: access_token=value
        {QRegularExpression(QStringLiteral(R"re((\b(?:%1)=)[^&\s"',;]+)re").arg(secretNames), ci),
            QStringLiteral("\\1") + r},
        // Plain text: client_secret: value
        {QRegularExpression(QStringLiteral(R"re((\b(?:%1)\s*:\s*)(?!")[^\s,;]+)re").arg(secretNames), ci),
            QStringLiteral("\\1") + r},
        // JWTs (Zoom's access tokens are JWTs).
        {QRegularExpression(
             QStringLiteral(R"re(\beyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*)re")),
            r},
        // user:password@ in URLs.
        {QRegularExpression(QStringLiteral(R"re((\b[a-z][a-z0-9+.-]*://[^/\s:@]+:)[^@\s/]+@)re"), ci),
            QStringLiteral("\\1") + r + QStringLiteral("@")},
    };
    return all;
}

} // namespace

QString LogRedactor::redactPatterns(const QString &line)
{
    QString out = line;
    for (const Rule &rule : rules())
        out.replace(rule.re, rule.replacement);
    return out;
}

void LogRedactor::add(QStringList *list, const QString &value)
{
    if (value.size() < 4 || list->contains(value))
        return;
    list->append(value);
    // The form- and URL-encoded spelling too, for values that travel in bodies and queries.
    const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(value));
    if (encoded != value && !list->contains(encoded))
        list->append(encoded);
}

void LogRedactor::addSecret(const QString &value)
{
    add(&m_secrets, value);
}

void LogRedactor::addRotatingSecret(const QString &value)
{
    add(&m_rotating, value);
    while (m_rotating.size() > maxRotating * 2)
        m_rotating.removeFirst();
}

QString LogRedactor::redact(const QString &line) const
{
    QString out = line;
    // Longest first, so a secret that contains another is replaced whole.
    QStringList secrets = m_secrets + m_rotating;
    std::sort(secrets.begin(), secrets.end(),
        [](const QString &a, const QString &b) { return a.size() > b.size(); });
    for (const QString &s : secrets)
        out.replace(s, QString::fromLatin1(placeholder));
    return redactPatterns(out);
}

} // namespace pd
