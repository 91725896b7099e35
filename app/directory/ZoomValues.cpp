#include "ZoomValues.h"
#include "Translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace pd::ZoomValues {

namespace {
QString tr(const char *text)
{
    return Translations::translate({"pd::ZoomValues", "ZoomValues"}, text);
}
} // namespace

bool isEmail(const QString &text)
{
    // Deliberately plain: one @, a dotted domain, no spaces. Zoom checks the rest.
    static const QRegularExpression email(QStringLiteral(
        R"(^[^\s@"(),:;<>\[\\\]]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$)"));
    return text.size() <= 254 && email.match(text).hasMatch() && !text.contains(QLatin1String(".."));
}

int callingCodeLength(const QString &digits)
{
    // E.164 zone structure: 1 and 7 are one digit; these are two; every other code has three.
    if (digits.startsWith(QLatin1Char('1')) || digits.startsWith(QLatin1Char('7')))
        return 1;
    static const QStringList two {QStringLiteral("20"), QStringLiteral("27"), QStringLiteral("30"),
        QStringLiteral("31"), QStringLiteral("32"), QStringLiteral("33"), QStringLiteral("34"),
        QStringLiteral("36"), QStringLiteral("39"), QStringLiteral("40"), QStringLiteral("41"),
        QStringLiteral("43"), QStringLiteral("44"), QStringLiteral("45"), QStringLiteral("46"),
        QStringLiteral("47"), QStringLiteral("48"), QStringLiteral("49"), QStringLiteral("51"),
        QStringLiteral("52"), QStringLiteral("53"), QStringLiteral("54"), QStringLiteral("55"),
        QStringLiteral("56"), QStringLiteral("57"), QStringLiteral("58"), QStringLiteral("60"),
        QStringLiteral("61"), QStringLiteral("62"), QStringLiteral("63"), QStringLiteral("64"),
        QStringLiteral("65"), QStringLiteral("66"), QStringLiteral("81"), QStringLiteral("82"),
        QStringLiteral("84"), QStringLiteral("86"), QStringLiteral("90"), QStringLiteral("91"),
        QStringLiteral("92"), QStringLiteral("93"), QStringLiteral("94"), QStringLiteral("95"),
        QStringLiteral("98")};
    return two.contains(digits.left(2)) ? 2 : 3;
}

NormalizedValue phone(const QString &text, const QString &defaultCountryCode)
{
    const QString trimmed = text.trimmed();
    static const QRegularExpression allowed(QStringLiteral(R"(^\+?[0-9 ()./\-]+$)"));
    if (!allowed.match(trimmed).hasMatch()) {
        if (trimmed.contains(
                QRegularExpression(QStringLiteral("(x|ext)"), QRegularExpression::CaseInsensitiveOption)))
            return {{}, tr("\"%1\" has an extension; Zoom takes the number only").arg(trimmed)};
        return {{}, tr("\"%1\" is not a phone number").arg(trimmed)};
    }
    QString digits;
    for (const QChar c : trimmed) {
        if (c.isDigit())
            digits.append(c);
    }
    QString international;
    if (trimmed.startsWith(QLatin1Char('+')))
        international = digits;
    else if (digits.startsWith(QLatin1String("00")))
        international = digits.mid(2);
    else {
        const QString cc = defaultCountryCode.trimmed().remove(QLatin1Char('+'));
        if (cc.isEmpty())
            return {{},
                tr("\"%1\" has no country code; write it as +1 512 555 0123 or set a default country code")
                    .arg(trimmed)};
        QString national = digits;
        if (cc == QLatin1String("1") && national.size() == 11 && national.startsWith(QLatin1Char('1')))
            national.remove(0, 1);
        else if (national.startsWith(QLatin1Char('0')))
            national.remove(0, 1);
        international = cc + national;
    }
    if (international.startsWith(QLatin1Char('0')))
        return {{}, tr("\"%1\" does not start with a country code").arg(trimmed)};
    const int ccLength = callingCodeLength(international);
    const QString national = international.mid(ccLength);
    if (international.size() > 15 || national.size() < 4)
        return {{}, tr("\"%1\" does not have the length of a phone number").arg(trimmed)};
    if (ccLength == 1 && international.startsWith(QLatin1Char('1')) && national.size() != 10)
        return {{}, tr("\"%1\" is not a North American number: +1 needs 10 more digits").arg(trimmed)};
    return {QLatin1Char('+') + international.left(ccLength) + QLatin1Char(' ') + national, {}};
}

NormalizedValue userType(const QString &text)
{
    const QString t
        = text.trimmed().toLower().remove(QLatin1Char(' ')).remove(QLatin1Char('-')).remove(QLatin1Char('_'));
    if (t == QLatin1String("basic") || t == QLatin1String("1"))
        return {QStringLiteral("Basic"), {}};
    if (t == QLatin1String("licensed") || t == QLatin1String("pro") || t == QLatin1String("2"))
        return {QStringLiteral("Licensed"), {}};
    if (t == QLatin1String("onprem") || t == QLatin1String("corp") || t == QLatin1String("onpremises")
        || t == QLatin1String("3"))
        return {QStringLiteral("On-Prem"), {}};
    return {{},
        tr("\"%1\" is not a Zoom user type; use Basic, Licensed or On-Prem (Pro and Corp are accepted)")
            .arg(text.trimmed())};
}

NormalizedValue locale(const QString &text)
{
    const QString t = text.trimmed();
    static const QRegularExpression shape(
        QStringLiteral(R"(^([A-Za-z]{2,3})(?:[-_]([A-Za-z]{2}|[0-9]{3}))?$)"));
    const QRegularExpressionMatch m = shape.match(t);
    const QString bad
        = tr("\"%1\" is not a locale; use a language and country such as en-US or de-DE").arg(t);
    if (!m.hasMatch())
        return {{}, bad};
    const QString language = m.captured(1).toLower();
    const QString country = m.captured(2).toUpper();
    if (QLocale::codeToLanguage(language) == QLocale::AnyLanguage)
        return {{}, bad};
    if (!country.isEmpty() && QLocale::codeToTerritory(country) == QLocale::AnyTerritory)
        return {{}, bad};
    return {country.isEmpty() ? language : language + QLatin1Char('-') + country, {}};
}

std::optional<bool> boolean(const QString &text)
{
    const QString t = text.trimmed().toLower();
    static const QStringList yes {QStringLiteral("true"), QStringLiteral("yes"), QStringLiteral("y"),
        QStringLiteral("1"), QStringLiteral("on"), QStringLiteral("active"), QStringLiteral("enabled")};
    static const QStringList no {QStringLiteral("false"), QStringLiteral("no"), QStringLiteral("n"),
        QStringLiteral("0"), QStringLiteral("off"), QStringLiteral("inactive"), QStringLiteral("disabled")};
    if (yes.contains(t))
        return true;
    if (no.contains(t))
        return false;
    return std::nullopt;
}

} // namespace pd::ZoomValues
