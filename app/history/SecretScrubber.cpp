#include "SecretScrubber.h"

#include <QRegularExpression>

namespace pd {

namespace {

const QString &redactedText()
{
    static const QString text = QString::fromLatin1(SecretScrubber::redacted);
    return text;
}

// Words that make the value after them a credential.
const QString credentialWords = QStringLiteral(
    "(?:access_?token|refresh_?token|id_?token|token|client_?secret|secret|password|passwd|pwd|api_?key|"
    "assertion|authorization|credentials?)");

const QRegularExpression &authSchemePattern()
{
    // "Bearer eyJ…", "Basic dXNlcjpwYXNz": the scheme stays, the credential goes.
    static const QRegularExpression re(
        QStringLiteral("\\b((?:Bearer|Basic)\\s+)(?!\\[redacted\\])[A-Za-z0-9._~+/=-]{8,}"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &headerPattern()
{
    // An Authorization header echoed in a log line: everything to the end of the line.
    static const QRegularExpression re(
        QStringLiteral("\\b(Authorization\\s*:\\s*)[^\\r\\n]+"), QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &jsonPairPattern()
{
    // "client_secret": "abc" (also with escaped quotes around, as in JSON inside JSON).
    static const QRegularExpression re(
        QStringLiteral("(\\\\?\"[A-Za-z_]*%1[A-Za-z_]*\\\\?\"\\s*:\\s*\\\\?\")((?:[^\"\\\\]|\\\\[^\"])*)")
            .arg(credentialWords),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &keyValuePattern()
{
    // client_secret=abc&…, password: hunter2, token=abc
    static const QRegularExpression re(
        QStringLiteral("\\b([A-Za-z_]*%1[A-Za-z_]*\\s*[=:]\\s*)(?!\\[redacted\\])([^\\s&,;\"']{6,})")
            .arg(credentialWords),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &jwtPattern()
{
    static const QRegularExpression re(
        QStringLiteral("\\beyJ[A-Za-z0-9_-]{5,}\\.[A-Za-z0-9_-]{5,}\\.[A-Za-z0-9_-]*"));
    return re;
}

const QRegularExpression &opaquePattern()
{
    // 32+ characters of token alphabet; only redacted when it mixes upper, lower and digits, which
    // emails, words, hex hashes and UUIDs do not.
    static const QRegularExpression re(QStringLiteral("[A-Za-z0-9_+=~-]{32,}"));
    return re;
}

bool looksRandom(QStringView s)
{
    bool upper = false, lower = false, digit = false;
    for (QChar c : s) {
        upper = upper || c.isUpper();
        lower = lower || c.isLower();
        digit = digit || c.isDigit();
    }
    return upper && lower && digit;
}

QString replaceGroup(const QString &text, const QRegularExpression &re, int keepGroup)
{
    if (!text.contains(re))
        return text;
    QString out;
    qsizetype last = 0;
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(text).mid(last, m.capturedStart(0) - last);
        if (keepGroup > 0)
            out += m.captured(keepGroup);
        out += redactedText();
        last = m.capturedEnd(0);
    }
    out += QStringView(text).mid(last);
    return out;
}

} // namespace

void SecretScrubber::addKnownSecret(const QString &secret)
{
    if (secret.size() >= 6 && !m_known.contains(secret))
        m_known.append(secret);
}

bool SecretScrubber::isCredentialName(const QString &attribute)
{
    static const QRegularExpression re(credentialWords, QRegularExpression::CaseInsensitiveOption);
    return attribute.contains(re);
}

QString SecretScrubber::scrubShapes(const QString &input)
{
    if (input.size() < 6)
        return input;
    QString text = replaceGroup(input, headerPattern(), 1);
    text = replaceGroup(text, authSchemePattern(), 1);
    text = replaceGroup(text, jsonPairPattern(), 1);
    text = replaceGroup(text, keyValuePattern(), 1);
    text = replaceGroup(text, jwtPattern(), 0);
    if (text.size() >= 32 && text.contains(opaquePattern())) {
        QString out;
        qsizetype last = 0;
        auto it = opaquePattern().globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            if (!looksRandom(m.capturedView(0)))
                continue;
            out += QStringView(text).mid(last, m.capturedStart(0) - last);
            out += redactedText();
            last = m.capturedEnd(0);
        }
        out += QStringView(text).mid(last);
        text = out;
    }
    return text;
}

QString SecretScrubber::scrub(const QString &input) const
{
    if (input.isEmpty())
        return input;
    QString text = input;
    for (const QString &secret : m_known)
        text.replace(secret, redactedText());
    return scrubShapes(text);
}

QList<AttributeChange> SecretScrubber::scrub(const QList<AttributeChange> &changes) const
{
    QList<AttributeChange> out = changes;
    for (AttributeChange &c : out) {
        if (isCredentialName(c.attribute)) {
            c.oldValue
                = c.oldValue.isNull() || c.oldValue.isUndefined() ? c.oldValue : QJsonValue(redactedText());
            c.newValue
                = c.newValue.isNull() || c.newValue.isUndefined() ? c.newValue : QJsonValue(redactedText());
            continue;
        }
        if (c.oldValue.isString())
            c.oldValue = scrub(c.oldValue.toString());
        if (c.newValue.isString())
            c.newValue = scrub(c.newValue.toString());
    }
    return out;
}

} // namespace pd
