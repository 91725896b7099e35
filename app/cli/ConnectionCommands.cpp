#include "ConnectionCommands.h"
#include "Translations.h"

#include "CliApp.h"
#include "ConnectionJson.h"
#include "ConnectionService.h"
#include "ConnectionStore.h"
#include "Database.h"
#include "HistoryQuery.h"
#include "ImpactCommand.h"
#include "SecretStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace pd {

namespace {

QString tr(const char *text)
{
    return Translations::translate({"pd", "Cli"}, text);
}

void importConnection(CliContext &ctx)
{
    if (ctx.arguments.size() != 1) {
        ctx.fail(tr("usage: connection import FILE [--secret-env VAR] [--source-secret-env VAR] [--impact "
                    "[--json]]"),
            ExitCode::Usage);
        return;
    }
    const QString path = ctx.arguments.constFirst();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ctx.fail(tr("cannot read %1: %2").arg(path, file.errorString()));
        return;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        ctx.fail(tr("%1 is not valid JSON: %2 at offset %3")
                     .arg(path, parseError.errorString())
                     .arg(parseError.offset));
        return;
    }
    if (!doc.isObject()) {
        ctx.fail(tr("%1 must hold one JSON object (see docs/connection-file.md).").arg(path));
        return;
    }
    Connection imported;
    const auto problems = ConnectionJson::fromJson(doc.object(), &imported);
    if (!problems.isEmpty()) {
        QStringList lines;
        for (const FieldProblem &p : problems)
            lines << QStringLiteral("  %1: %2").arg(p.field, p.message);
        ctx.fail(tr("%1 was not imported:\n%2").arg(path, lines.join(QLatin1Char('\n'))));
        return;
    }
    if (ctx.options->isSet(QStringLiteral("impact"))) {
        ImpactCommand::run(ctx, imported); // reads the source and plans; saves nothing
        return;
    }
    QString envError;
    const QString secret = ctx.secretFromEnvironment(QStringLiteral("secret-env"), &envError);
    const QString sourceSecret = ctx.secretFromEnvironment(QStringLiteral("source-secret-env"), &envError);
    if (!envError.isEmpty()) {
        ctx.fail(envError, ExitCode::Usage);
        return;
    }

    // Importing a file whose name exists updates that connection in place (same id, same managed
    // users), so a scheduled job can re-apply its file. Changed settings must be tested again.
    ConnectionStore store(ctx.database->handle());
    const auto existing = store.findByName(imported.name);
    bool wasEnabled = imported.enabled;
    if (existing) {
        imported.id = existing->id;
        imported.createdAt = existing->createdAt;
        const bool sameTarget = existing->scimUrl == imported.scimUrl && existing->oauth == imported.oauth;
        if (sameTarget && secret.isEmpty()) {
            imported.validity = existing->validity;
            imported.lastTestMessage = existing->lastTestMessage;
            imported.lastTestedAt = existing->lastTestedAt;
        }
    }
    if (!imported.canBeEnabled())
        imported.enabled = false;

    auto *service = new ConnectionService(ctx.database, ctx.secrets);
    service->save(
        imported, ConnectionService::Secrets {secret, sourceSecret},
        [&ctx, service, imported, existing, wasEnabled, secret](const ConnectionService::Outcome &o) {
            service->deleteLater();
            if (!o.ok) {
                ctx.fail(o.message);
                return;
            }
            *ctx.out << (existing ? tr("Updated connection \"%1\".") : tr("Imported connection \"%1\"."))
                            .arg(imported.name)
                     << Qt::endl;
            // A changed endpoint took the old secret out of the keychain: say so, and how to go on.
            for (const ConnectionService::RemovedSecret &removed : o.removed) {
                *ctx.out << removed.message << Qt::endl;
                *ctx.out << (removed.kind == SecretKind::ClientSecret
                        ? tr("Pass --secret-env VAR to \"connection import\" to store a new one, "
                             "or to each test and sync.")
                        : tr("Pass --source-secret-env VAR to \"connection import\" to store a new "
                             "one, or to each sync."))
                         << Qt::endl;
            }
            if (secret.isEmpty() && !existing)
                *ctx.out << tr("No client secret was stored; pass --secret-env VAR here or to each test "
                               "and sync.")
                         << Qt::endl;
            if (wasEnabled && !imported.enabled)
                *ctx.out << tr("The connection stays disabled until \"connection test\" passes.") << Qt::endl;
            ctx.finish(ExitCode::Ok);
        },
        ConnectionService::SecretPolicy::Optional);
}

// "csv /data/people.csv", "ldap ldap://dc1 (ou=People,dc=example,dc=com)", or "no rule".
QString sourceSummary(const Connection &c)
{
    const QJsonObject source = c.rule.value(QStringLiteral("source")).toObject();
    const QString type = source.value(QStringLiteral("type")).toString();
    if (type == QLatin1String("csv"))
        return QStringLiteral("csv ") + source.value(QStringLiteral("file")).toString();
    if (!type.isEmpty())
        return QStringLiteral("%1 %2 (%3)")
            .arg(type, source.value(QStringLiteral("url")).toString(),
                source.value(QStringLiteral("baseDn")).toString());
    return tr("no rule");
}

std::optional<RunRecord> lastRun(const HistoryQuery &history, const QUuid &id)
{
    RunFilter filter;
    filter.connectionId = id;
    filter.includeDryRuns = false;
    filter.limit = 1;
    const QList<RunRecord> runs = history.runs(filter);
    return runs.isEmpty() ? std::nullopt : std::optional<RunRecord>(runs.constFirst());
}

void listConnections(CliContext &ctx)
{
    const QList<Connection> all = ConnectionStore(ctx.database->handle()).list();
    const HistoryQuery history(ctx.database->handle());
    if (ctx.options->isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const Connection &c : all) {
            QJsonObject o = ConnectionJson::toJson(c);
            o.insert(QStringLiteral("id"), c.id.toString(QUuid::WithoutBraces));
            o.insert(QStringLiteral("validity"), validityToString(c.validity));
            o.insert(QStringLiteral("lastTestMessage"), c.lastTestMessage);
            o.insert(QStringLiteral("lastTestedAt"), c.lastTestedAt.toString(Qt::ISODate));
            o.insert(QStringLiteral("source"), sourceSummary(c));
            if (const auto run = lastRun(history, c.id))
                o.insert(QStringLiteral("lastRun"),
                    QJsonObject {{QStringLiteral("id"), run->id},
                        {QStringLiteral("startedAt"), run->startedAt.toUTC().toString(Qt::ISODate)},
                        {QStringLiteral("outcome"), runOutcomeToString(run->outcome)}});
            array.append(o);
        }
        *ctx.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        ctx.finish(ExitCode::Ok);
        return;
    }
    if (all.isEmpty()) {
        *ctx.out << tr("No connections. Create one in the app or with \"connection import FILE\".")
                 << Qt::endl;
        ctx.finish(ExitCode::Ok);
        return;
    }
    for (const Connection &c : all) {
        const auto run = lastRun(history, c.id);
        const QString last = run
            ? tr("last run %1 %2")
                  .arg(run->startedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")),
                      runOutcomeToString(run->outcome))
            : tr("never run");
        *ctx.out << QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6")
                        .arg(c.name, c.identityStore, validityToString(c.validity),
                            c.enabled ? QStringLiteral("enabled") : QStringLiteral("disabled"),
                            sourceSummary(c), last)
                 << Qt::endl;
    }
    ctx.finish(ExitCode::Ok);
}

std::optional<Connection> findNamed(CliContext &ctx)
{
    if (ctx.arguments.size() != 1) {
        ctx.fail(tr("name exactly one connection"), ExitCode::Usage);
        return std::nullopt;
    }
    auto c = ConnectionStore(ctx.database->handle()).findByName(ctx.arguments.constFirst());
    if (!c)
        ctx.fail(tr("no connection is named \"%1\"").arg(ctx.arguments.constFirst()));
    return c;
}

void exportConnection(CliContext &ctx)
{
    const auto c = findNamed(ctx);
    if (!c)
        return;
    *ctx.out << QString::fromUtf8(QJsonDocument(ConnectionJson::toJson(*c)).toJson(QJsonDocument::Indented));
    ctx.finish(ExitCode::Ok);
}

void deleteConnection(CliContext &ctx)
{
    const auto c = findNamed(ctx);
    if (!c)
        return;
    auto *service = new ConnectionService(ctx.database, ctx.secrets);
    service->remove(c->id, [&ctx, service, name = c->name](const ConnectionService::Outcome &o) {
        service->deleteLater();
        if (!o.ok) {
            ctx.fail(o.message);
            return;
        }
        *ctx.out << tr("Deleted connection \"%1\" and its secrets.").arg(name) << Qt::endl;
        ctx.finish(ExitCode::Ok);
    });
}

// connection enable NAME / connection disable NAME: what the toggle in the app does, without a
// re-import. Enabling asks for what the app asks for: a connection that passed its test.
void setEnabled(CliContext &ctx, bool enable)
{
    const auto c = findNamed(ctx);
    if (!c)
        return;
    if (enable && c->validity != Validity::Valid) {
        const QString why = c->validity == Validity::Untested
            ? tr("it has not passed a connection test since it was last changed")
            : tr("its last connection test failed (%1)").arg(c->lastTestMessage);
        ctx.fail(tr("\"%1\" was not enabled: %2. Run \"connection test %1\" and fix what it reports first.")
                     .arg(c->name, why));
        return;
    }
    if (c->enabled == enable) {
        *ctx.out
            << (enable ? tr("\"%1\" is already enabled.") : tr("\"%1\" is already disabled.")).arg(c->name)
            << Qt::endl;
        ctx.finish(ExitCode::Ok);
        return;
    }
    if (!ConnectionStore(ctx.database->handle()).setEnabled(c->id, enable)) {
        ctx.fail(tr("\"%1\" could not be changed: %2").arg(c->name, ctx.database->errorString()));
        return;
    }
    *ctx.out << (enable ? tr("Enabled \"%1\": syncs may run.")
                        : tr("Disabled \"%1\": syncs are refused until it is enabled again."))
                    .arg(c->name)
             << Qt::endl;
    ctx.finish(ExitCode::Ok);
}

} // namespace

void ConnectionCommands::registerAll(CliApp &app)
{
    app.registerCommand(QStringLiteral("connection import"),
        QStringLiteral(
            "connection import FILE [--secret-env VAR] [--source-secret-env VAR] [--impact [--json]]"),
        importConnection);
    app.registerCommand(
        QStringLiteral("connection list"), QStringLiteral("connection list [--json]"), listConnections);
    app.registerCommand(
        QStringLiteral("connection export"), QStringLiteral("connection export NAME"), exportConnection);
    app.registerCommand(
        QStringLiteral("connection delete"), QStringLiteral("connection delete NAME"), deleteConnection);
    app.registerCommand(QStringLiteral("connection enable"), QStringLiteral("connection enable NAME"),
        [](CliContext &ctx) { setEnabled(ctx, true); });
    app.registerCommand(QStringLiteral("connection disable"), QStringLiteral("connection disable NAME"),
        [](CliContext &ctx) { setEnabled(ctx, false); });
}

} // namespace pd
