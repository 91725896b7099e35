#include "SourceSettings.h"
#include "Translations.h"

#include "LdapSource.h"
#include "StrictJson.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace pd {

namespace {

QString tr(const char *text)
{
    return Translations::translate({"pd::SourceSettings", "SourceSettings"}, text);
}

QString delimiterToString(QChar d)
{
    if (d.isNull())
        return QStringLiteral("auto");
    if (d == QLatin1Char(';'))
        return QStringLiteral("semicolon");
    if (d == QLatin1Char('\t'))
        return QStringLiteral("tab");
    if (d == QLatin1Char(','))
        return QStringLiteral("comma");
    return QString(d);
}

bool delimiterFromString(const QString &s, QChar *out)
{
    if (s == QLatin1String("auto"))
        *out = QChar();
    else if (s == QLatin1String("comma") || s == QLatin1String(","))
        *out = QLatin1Char(',');
    else if (s == QLatin1String("semicolon") || s == QLatin1String(";"))
        *out = QLatin1Char(';');
    else if (s == QLatin1String("tab") || s == QLatin1String("\t"))
        *out = QLatin1Char('\t');
    else
        return false;
    return true;
}

QString scopeToString(LdapSettings::Scope s)
{
    switch (s) {
    case LdapSettings::Scope::Base:
        return QStringLiteral("base");
    case LdapSettings::Scope::OneLevel:
        return QStringLiteral("one");
    case LdapSettings::Scope::Subtree:
        break;
    }
    return QStringLiteral("sub");
}

} // namespace

QList<FieldProblem> SourceSettings::validate(const QString &prefix) const
{
    if (type == Type::Ldap)
        return ldap.validate(prefix);
    QList<FieldProblem> problems;
    if (csv.file.trimmed().isEmpty())
        problems.append({prefix + QLatin1String(".file"), tr("Choose the CSV file to read people from.")});
    if (csv.keyColumn.trimmed().isEmpty())
        problems.append({prefix + QLatin1String(".keyColumn"),
            tr("Choose the key column: a value that stays the same for a person, such as an "
               "employee number.")});
    if (!csv.disabledColumn.trimmed().isEmpty() && csv.disabledValue.trimmed().isEmpty())
        problems.append({prefix + QLatin1String(".disabledWhen.value"),
            tr("Say which value of \"%1\" marks a disabled person.").arg(csv.disabledColumn)});
    return problems;
}

std::unique_ptr<UserSource> SourceSettings::createSource(const QString &password) const
{
    if (type == Type::Ldap)
        return std::make_unique<LdapSource>(ldap, password);
    return std::make_unique<CsvSource>(csv);
}

QJsonObject SourceSettings::toJson() const
{
    if (type == Type::Csv) {
        QJsonObject json {{QStringLiteral("type"), QStringLiteral("csv")}, {QStringLiteral("file"), csv.file},
            {QStringLiteral("delimiter"), delimiterToString(csv.delimiter)},
            {QStringLiteral("keyColumn"), csv.keyColumn}};
        if (!csv.disabledColumn.isEmpty())
            json.insert(QStringLiteral("disabledWhen"),
                QJsonObject {{QStringLiteral("column"), csv.disabledColumn},
                    {QStringLiteral("value"), csv.disabledValue}});
        return json;
    }
    QJsonObject json {
        {QStringLiteral("type"), QStringLiteral("ldap")},
        {QStringLiteral("directoryType"),
            ldap.directoryType == LdapSettings::DirectoryType::ActiveDirectory
                ? QStringLiteral("activeDirectory")
                : QStringLiteral("ldap")},
        {QStringLiteral("url"), ldap.url.toString()},
        {QStringLiteral("startTls"), ldap.startTls},
        {QStringLiteral("bindDn"), ldap.bindDn},
        {QStringLiteral("baseDn"), ldap.baseDn},
        {QStringLiteral("scope"), scopeToString(ldap.scope)},
        {QStringLiteral("filter"), ldap.filter},
        {QStringLiteral("attributes"), QJsonArray::fromStringList(ldap.attributes)},
        {QStringLiteral("keyAttribute"), ldap.keyAttribute},
        {QStringLiteral("pageSize"), ldap.pageSize},
        {QStringLiteral("timeoutSeconds"), ldap.timeoutSeconds},
    };
    if (!ldap.caCertificateFile.isEmpty())
        json.insert(QStringLiteral("caCertificateFile"), ldap.caCertificateFile);
    if (ldap.disabledMode == LdapSettings::DisabledMode::AdUserAccountControl)
        json.insert(
            QStringLiteral("disabledWhen"), QJsonObject {{QStringLiteral("adUserAccountControl"), true}});
    else if (ldap.disabledMode == LdapSettings::DisabledMode::Attribute)
        json.insert(QStringLiteral("disabledWhen"),
            QJsonObject {{QStringLiteral("attribute"), ldap.disabledAttribute},
                {QStringLiteral("value"), ldap.disabledValue}});
    return json;
}

QList<FieldProblem> SourceSettings::fromJson(
    const QJsonObject &json, SourceSettings *out, const QString &prefix)
{
    QList<FieldProblem> problems;
    StrictJson j(json, prefix, &problems);
    SourceSettings s;
    QString type;
    j.string(QStringLiteral("type"), &type, true);
    if (type == QLatin1String("csv")) {
        s.type = Type::Csv;
        j.string(QStringLiteral("file"), &s.csv.file, true);
        QString delimiter = QStringLiteral("auto");
        j.string(QStringLiteral("delimiter"), &delimiter);
        if (!delimiterFromString(delimiter, &s.csv.delimiter))
            j.problem(QStringLiteral("delimiter"),
                tr("\"%1\" must be \"auto\", \"comma\", \"semicolon\" or \"tab\"")
                    .arg(j.path(QStringLiteral("delimiter"))));
        j.string(QStringLiteral("keyColumn"), &s.csv.keyColumn, true);
        if (j.has(QStringLiteral("disabledWhen"))) {
            StrictJson d(
                j.object(QStringLiteral("disabledWhen")), j.path(QStringLiteral("disabledWhen")), &problems);
            d.string(QStringLiteral("column"), &s.csv.disabledColumn, true);
            d.string(QStringLiteral("value"), &s.csv.disabledValue, true);
            d.finish();
        }
    } else if (type == QLatin1String("ldap")) {
        s.type = Type::Ldap;
        QString directoryType = QStringLiteral("ldap");
        j.string(QStringLiteral("directoryType"), &directoryType);
        if (directoryType == QLatin1String("activeDirectory"))
            s.ldap.directoryType = LdapSettings::DirectoryType::ActiveDirectory;
        else if (directoryType != QLatin1String("ldap"))
            j.problem(QStringLiteral("directoryType"),
                tr("\"%1\" must be \"ldap\" or \"activeDirectory\"")
                    .arg(j.path(QStringLiteral("directoryType"))));
        QString url;
        j.string(QStringLiteral("url"), &url, true);
        s.ldap.url = QUrl(url.trimmed(), QUrl::StrictMode);
        j.boolean(QStringLiteral("startTls"), &s.ldap.startTls);
        j.string(QStringLiteral("bindDn"), &s.ldap.bindDn);
        j.string(QStringLiteral("baseDn"), &s.ldap.baseDn, true);
        QString scope = QStringLiteral("sub");
        j.string(QStringLiteral("scope"), &scope);
        if (scope == QLatin1String("base"))
            s.ldap.scope = LdapSettings::Scope::Base;
        else if (scope == QLatin1String("one"))
            s.ldap.scope = LdapSettings::Scope::OneLevel;
        else if (scope != QLatin1String("sub"))
            j.problem(QStringLiteral("scope"),
                tr("\"%1\" must be \"base\", \"one\" or \"sub\"").arg(j.path(QStringLiteral("scope"))));
        j.string(QStringLiteral("filter"), &s.ldap.filter);
        j.stringList(QStringLiteral("attributes"), &s.ldap.attributes);
        j.string(QStringLiteral("keyAttribute"), &s.ldap.keyAttribute);
        j.integer(QStringLiteral("pageSize"), &s.ldap.pageSize);
        j.integer(QStringLiteral("timeoutSeconds"), &s.ldap.timeoutSeconds);
        j.string(QStringLiteral("caCertificateFile"), &s.ldap.caCertificateFile);
        if (j.has(QStringLiteral("disabledWhen"))) {
            const QJsonObject dj = j.object(QStringLiteral("disabledWhen"));
            StrictJson d(dj, j.path(QStringLiteral("disabledWhen")), &problems);
            if (dj.contains(QStringLiteral("adUserAccountControl"))) {
                bool on = false;
                d.boolean(QStringLiteral("adUserAccountControl"), &on);
                s.ldap.disabledMode = on ? LdapSettings::DisabledMode::AdUserAccountControl
                                         : LdapSettings::DisabledMode::None;
            } else {
                s.ldap.disabledMode = LdapSettings::DisabledMode::Attribute;
                d.string(QStringLiteral("attribute"), &s.ldap.disabledAttribute, true);
                d.string(QStringLiteral("value"), &s.ldap.disabledValue, true);
            }
            d.finish();
        }
    } else if (!type.isEmpty()) {
        j.problem(QStringLiteral("type"),
            tr("\"%1\" must be \"csv\" or \"ldap\"").arg(j.path(QStringLiteral("type"))));
    }
    if (type == QLatin1String("csv") || type == QLatin1String("ldap"))
        j.finish();
    if (problems.isEmpty())
        problems += s.validate(prefix);
    if (problems.isEmpty())
        *out = s;
    return problems;
}

} // namespace pd
