#include "ConnectionJson.h"
#include "Translations.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <cmath>

namespace pd {

namespace {

QString tr(const char *text)
{
    return Translations::translate({"pd", "pd::ConnectionJson", "ConnectionJson"}, text);
}

QString join(const QString &prefix, const QString &key)
{
    return prefix.isEmpty() ? key : prefix + QLatin1Char('.') + key;
}

// Reports keys of json that are not in allowed.
void checkKeys(const QJsonObject &json, const QSet<QString> &allowed, const QString &prefix,
    QList<FieldProblem> *problems)
{
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!allowed.contains(it.key()))
            problems->append({join(prefix, it.key()), tr("unknown key \"%1\"").arg(join(prefix, it.key()))});
    }
}

template<typename T>
void readBool(
    const QJsonObject &json, const QString &key, const QString &prefix, T *out, QList<FieldProblem> *problems)
{
    if (!json.contains(key))
        return;
    const QJsonValue v = json.value(key);
    if (!v.isBool()) {
        problems->append({join(prefix, key), tr("\"%1\" must be true or false").arg(join(prefix, key))});
        return;
    }
    *out = v.toBool();
}

void readString(const QJsonObject &json, const QString &key, const QString &prefix, QString *out,
    QList<FieldProblem> *problems)
{
    if (!json.contains(key))
        return;
    const QJsonValue v = json.value(key);
    if (!v.isString()) {
        problems->append({join(prefix, key), tr("\"%1\" must be a string").arg(join(prefix, key))});
        return;
    }
    *out = v.toString();
}

void readNumber(const QJsonObject &json, const QString &key, const QString &prefix, double *out,
    QList<FieldProblem> *problems)
{
    if (!json.contains(key))
        return;
    const QJsonValue v = json.value(key);
    if (!v.isDouble()) {
        problems->append({join(prefix, key), tr("\"%1\" must be a number").arg(join(prefix, key))});
        return;
    }
    *out = v.toDouble();
}

// A whole number in int's range; anything else (1.5, 1e300) is a problem, never a cast.
void readInt(const QJsonObject &json, const QString &key, const QString &prefix, int *out,
    QList<FieldProblem> *problems)
{
    double d = *out;
    const qsizetype before = problems->size();
    readNumber(json, key, prefix, &d, problems);
    if (problems->size() != before)
        return;
    if (!(d >= -2147483648.0 && d <= 2147483647.0) || d != std::trunc(d)) {
        problems->append({join(prefix, key), tr("\"%1\" must be a whole number").arg(join(prefix, key))});
        return;
    }
    *out = static_cast<int>(d);
}

QJsonObject readObject(
    const QJsonObject &json, const QString &key, const QString &prefix, QList<FieldProblem> *problems)
{
    const QJsonValue v = json.value(key);
    if (v.isUndefined() || v.isObject())
        return v.toObject();
    problems->append({join(prefix, key), tr("\"%1\" must be an object").arg(join(prefix, key))});
    return {};
}

} // namespace

QJsonObject ConnectionJson::actionsToJson(const UserActions &a)
{
    return QJsonObject {{QStringLiteral("createUsers"), a.createUsers},
        {QStringLiteral("updateUsers"), a.updateUsers}, {QStringLiteral("disableUsers"), a.disableUsers},
        {QStringLiteral("deprovisionUsers"), a.deprovisionUsers},
        {QStringLiteral("removeAction"), removeActionToString(a.removeAction)},
        {QStringLiteral("deprovisionOnRuleDeletion"), a.deprovisionOnRuleDeletion}};
}

QList<FieldProblem> ConnectionJson::actionsFromJson(
    const QJsonObject &json, UserActions *out, const QString &prefix)
{
    QList<FieldProblem> problems;
    checkKeys(json,
        {QStringLiteral("createUsers"), QStringLiteral("updateUsers"), QStringLiteral("disableUsers"),
            QStringLiteral("deprovisionUsers"), QStringLiteral("removeAction"),
            QStringLiteral("deprovisionOnRuleDeletion")},
        prefix, &problems);
    readBool(json, QStringLiteral("createUsers"), prefix, &out->createUsers, &problems);
    readBool(json, QStringLiteral("updateUsers"), prefix, &out->updateUsers, &problems);
    readBool(json, QStringLiteral("disableUsers"), prefix, &out->disableUsers, &problems);
    readBool(json, QStringLiteral("deprovisionUsers"), prefix, &out->deprovisionUsers, &problems);
    readBool(json, QStringLiteral("deprovisionOnRuleDeletion"), prefix, &out->deprovisionOnRuleDeletion,
        &problems);
    QString removeAction = removeActionToString(out->removeAction);
    readString(json, QStringLiteral("removeAction"), prefix, &removeAction, &problems);
    if (!removeActionFromString(removeAction, &out->removeAction))
        problems.append({join(prefix, QStringLiteral("removeAction")),
            tr("\"%1\" must be \"disable\" or \"delete\"")
                .arg(join(prefix, QStringLiteral("removeAction")))});
    return problems;
}

QJsonObject ConnectionJson::rateLimitToJson(const RateLimit &r)
{
    return QJsonObject {{QStringLiteral("requestsPerSecond"), r.requestsPerSecond},
        {QStringLiteral("concurrency"), r.concurrency}};
}

QList<FieldProblem> ConnectionJson::rateLimitFromJson(const QJsonObject &json, RateLimit *out)
{
    QList<FieldProblem> problems;
    const QString prefix = QStringLiteral("rateLimit");
    checkKeys(json, {QStringLiteral("requestsPerSecond"), QStringLiteral("concurrency")}, prefix, &problems);
    readNumber(json, QStringLiteral("requestsPerSecond"), prefix, &out->requestsPerSecond, &problems);
    readInt(json, QStringLiteral("concurrency"), prefix, &out->concurrency, &problems);
    return problems;
}

QJsonObject ConnectionJson::removalGuardToJson(const RemovalGuard &g)
{
    return QJsonObject {
        {QStringLiteral("percent"), g.percentOfManaged}, {QStringLiteral("maxUsers"), g.maxUsers}};
}

QList<FieldProblem> ConnectionJson::removalGuardFromJson(const QJsonObject &json, RemovalGuard *out)
{
    QList<FieldProblem> problems;
    const QString prefix = QStringLiteral("removalGuard");
    checkKeys(json, {QStringLiteral("percent"), QStringLiteral("maxUsers")}, prefix, &problems);
    readNumber(json, QStringLiteral("percent"), prefix, &out->percentOfManaged, &problems);
    if (out->percentOfManaged < 0 || out->percentOfManaged > RemovalGuard::MaxPercent)
        problems.append({join(prefix, QStringLiteral("percent")),
            tr("\"removalGuard.percent\" must be between 0 and %1 (it is %2): a guard that lets more than "
               "half of the managed users be removed unreviewed guards nothing")
                .arg(RemovalGuard::MaxPercent)
                .arg(out->percentOfManaged)});
    readInt(json, QStringLiteral("maxUsers"), prefix, &out->maxUsers, &problems);
    return problems;
}

QJsonObject ConnectionJson::alertsToJson(const Alerts &a)
{
    return QJsonObject {{QStringLiteral("maxHoursWithoutSuccess"), a.maxHoursWithoutSuccess}};
}

QList<FieldProblem> ConnectionJson::alertsFromJson(const QJsonObject &json, Alerts *out)
{
    QList<FieldProblem> problems;
    const QString prefix = QStringLiteral("alerts");
    checkKeys(json, {QStringLiteral("maxHoursWithoutSuccess")}, prefix, &problems);
    // Whole hours only: 1.5 silently read as 1 would alert half an hour early.
    readInt(json, QStringLiteral("maxHoursWithoutSuccess"), prefix, &out->maxHoursWithoutSuccess, &problems);
    return problems;
}

QJsonObject ConnectionJson::toJson(const Connection &c)
{
    QJsonObject json {
        {QStringLiteral("name"), c.name},
        {QStringLiteral("description"), c.description},
        {QStringLiteral("identityStore"), c.identityStore},
        {QStringLiteral("scimUrl"), c.scimUrl.toString()},
        {QStringLiteral("authentication"),
            QJsonObject {{QStringLiteral("method"), c.authMethod},
                {QStringLiteral("tokenUrl"), c.oauth.tokenUrl.toString()},
                {QStringLiteral("accountId"), c.oauth.accountId},
                {QStringLiteral("clientId"), c.oauth.clientId}}},
        {QStringLiteral("actions"), actionsToJson(c.actions)},
        {QStringLiteral("enabled"), c.enabled},
        {QStringLiteral("rateLimit"), rateLimitToJson(c.rateLimit)},
        {QStringLiteral("removalGuard"), removalGuardToJson(c.removalGuard)},
    };
    // Only when set: a file without alerts exports as it was imported.
    if (c.alerts != Alerts())
        json.insert(QStringLiteral("alerts"), alertsToJson(c.alerts));
    if (!c.rule.isEmpty())
        json.insert(QStringLiteral("rule"), c.rule);
    return json;
}

QList<FieldProblem> ConnectionJson::fromJson(const QJsonObject &json, Connection *out)
{
    QList<FieldProblem> problems;
    for (const QString &key : secretLookingKeys(json))
        problems.append({key,
            tr("\"%1\" looks like a secret. Connection files never hold secrets: pass the "
               "client secret with --secret-env VAR (and an LDAP password with "
               "--source-secret-env VAR) so it goes to the keychain.")
                .arg(key)});
    if (!problems.isEmpty())
        return problems;

    checkKeys(json,
        {QStringLiteral("name"), QStringLiteral("description"), QStringLiteral("identityStore"),
            QStringLiteral("scimUrl"), QStringLiteral("authentication"), QStringLiteral("actions"),
            QStringLiteral("enabled"), QStringLiteral("rule"), QStringLiteral("rateLimit"),
            QStringLiteral("removalGuard"), QStringLiteral("alerts")},
        {}, &problems);
    if (!json.contains(QStringLiteral("name")))
        problems.append({QStringLiteral("name"), tr("\"name\" is required")});
    readString(json, QStringLiteral("name"), {}, &out->name, &problems);
    out->name = out->name.trimmed();
    readString(json, QStringLiteral("description"), {}, &out->description, &problems);
    readString(json, QStringLiteral("identityStore"), {}, &out->identityStore, &problems);
    QString scimUrl = out->scimUrl.toString();
    readString(json, QStringLiteral("scimUrl"), {}, &scimUrl, &problems);
    out->scimUrl = QUrl(scimUrl.trimmed(), QUrl::StrictMode);

    const QString authPrefix = QStringLiteral("authentication");
    const QJsonObject auth = readObject(json, authPrefix, {}, &problems);
    if (!json.contains(authPrefix))
        problems.append({authPrefix, tr("\"authentication\" is required")});
    checkKeys(auth,
        {QStringLiteral("method"), QStringLiteral("tokenUrl"), QStringLiteral("accountId"),
            QStringLiteral("clientId")},
        authPrefix, &problems);
    readString(auth, QStringLiteral("method"), authPrefix, &out->authMethod, &problems);
    QString tokenUrl = out->oauth.tokenUrl.toString();
    readString(auth, QStringLiteral("tokenUrl"), authPrefix, &tokenUrl, &problems);
    out->oauth.tokenUrl = QUrl(tokenUrl.trimmed(), QUrl::StrictMode);
    readString(auth, QStringLiteral("accountId"), authPrefix, &out->oauth.accountId, &problems);
    readString(auth, QStringLiteral("clientId"), authPrefix, &out->oauth.clientId, &problems);

    problems += actionsFromJson(readObject(json, QStringLiteral("actions"), {}, &problems), &out->actions);
    readBool(json, QStringLiteral("enabled"), {}, &out->enabled, &problems);
    problems
        += rateLimitFromJson(readObject(json, QStringLiteral("rateLimit"), {}, &problems), &out->rateLimit);
    problems += removalGuardFromJson(
        readObject(json, QStringLiteral("removalGuard"), {}, &problems), &out->removalGuard);
    problems += alertsFromJson(readObject(json, QStringLiteral("alerts"), {}, &problems), &out->alerts);
    out->rule = readObject(json, QStringLiteral("rule"), {}, &problems);

    if (problems.isEmpty())
        problems += ConnectionValidator::validate(*out);
    return problems;
}

QStringList ConnectionJson::secretLookingKeys(const QJsonObject &json, const QString &prefix)
{
    static const QRegularExpression secretish(
        QStringLiteral("secret|passw|pwd|token|apikey|api_key|credential|private.?key|bearer"),
        QRegularExpression::CaseInsensitiveOption);
    static const QSet<QString> allowed {QStringLiteral("tokenUrl")};
    QStringList found;
    for (auto it = json.begin(); it != json.end(); ++it) {
        const QString path = join(prefix, it.key());
        if (!allowed.contains(it.key()) && secretish.match(it.key()).hasMatch())
            found.append(path);
        if (it->isObject())
            found += secretLookingKeys(it->toObject(), path);
        if (it->isArray()) {
            const QJsonArray array = it->toArray();
            for (qsizetype i = 0; i < array.size(); ++i) {
                if (array.at(i).isObject())
                    found += secretLookingKeys(array.at(i).toObject(),
                        path + QLatin1Char('[') + QString::number(i) + QLatin1Char(']'));
            }
        }
    }
    return found;
}

} // namespace pd
