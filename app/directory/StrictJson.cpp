#include "StrictJson.h"
#include "Translations.h"

#include <cmath>

#include <QCoreApplication>
#include <QJsonArray>

namespace pd {

namespace {
QString tr(const char *text)
{
    return Translations::translate({"pd::StrictJson", "StrictJson"}, text);
}
} // namespace

StrictJson::StrictJson(const QJsonObject &json, QString prefix, QList<FieldProblem> *problems)
    : m_json(json)
    , m_prefix(std::move(prefix))
    , m_problems(problems)
{ }

void StrictJson::problem(const QString &key, const QString &message)
{
    m_problems->append({path(key), message});
}

void StrictJson::string(const QString &key, QString *out, bool required)
{
    m_read.insert(key);
    const QJsonValue v = m_json.value(key);
    if (v.isUndefined()) {
        if (required)
            problem(key, tr("\"%1\" is required").arg(path(key)));
        return;
    }
    if (!v.isString()) {
        problem(key, tr("\"%1\" must be a string").arg(path(key)));
        return;
    }
    *out = v.toString();
}

void StrictJson::boolean(const QString &key, bool *out)
{
    m_read.insert(key);
    const QJsonValue v = m_json.value(key);
    if (v.isUndefined())
        return;
    if (!v.isBool()) {
        problem(key, tr("\"%1\" must be true or false").arg(path(key)));
        return;
    }
    *out = v.toBool();
}

void StrictJson::integer(const QString &key, int *out)
{
    m_read.insert(key);
    const QJsonValue v = m_json.value(key);
    if (v.isUndefined())
        return;
    const double d = v.toDouble(-1.5);
    // Range first: converting a double outside the integer range (1e300) is undefined behaviour.
    if (!v.isDouble() || !(d >= -2147483648.0 && d <= 2147483647.0) || d != std::trunc(d)) {
        problem(key, tr("\"%1\" must be a whole number").arg(path(key)));
        return;
    }
    *out = int(d);
}

void StrictJson::stringList(const QString &key, QStringList *out)
{
    m_read.insert(key);
    const QJsonValue v = m_json.value(key);
    if (v.isUndefined())
        return;
    bool ok = v.isArray();
    QStringList list;
    for (const QJsonValue &item : v.toArray()) {
        ok = ok && item.isString();
        list << item.toString();
    }
    if (!ok) {
        problem(key, tr("\"%1\" must be a list of strings").arg(path(key)));
        return;
    }
    *out = list;
}

QJsonObject StrictJson::object(const QString &key, bool required)
{
    m_read.insert(key);
    const QJsonValue v = m_json.value(key);
    if (v.isUndefined()) {
        if (required)
            problem(key, tr("\"%1\" is required").arg(path(key)));
        return {};
    }
    if (!v.isObject()) {
        problem(key, tr("\"%1\" must be an object").arg(path(key)));
        return {};
    }
    return v.toObject();
}

void StrictJson::finish()
{
    for (auto it = m_json.begin(); it != m_json.end(); ++it) {
        if (!m_read.contains(it.key()))
            problem(it.key(), tr("unknown key \"%1\"").arg(path(it.key())));
    }
}

} // namespace pd
