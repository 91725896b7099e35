#include "StatusCommand.h"
#include "Translations.h"

#include "CliApp.h"
#include "ConnectionHealth.h"
#include "ConnectionStore.h"
#include "Database.h"
#include "SecretStore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <memory>

namespace pd {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    if (disambiguation)
        return QCoreApplication::translate("pd", text, disambiguation, n);
    return Translations::translate({"pd", "Cli"}, text, n);
}

struct StatusJob
{
    CliContext *ctx = nullptr;
    QList<Connection> connections;
    QList<ConnectionHealth> results;
    QDateTime now;
    bool json = false;
};

// Prints the plugin line, the details and finishes with the worst state.
void report(const StatusJob &job)
{
    HealthState worst = HealthState::Ok;
    int counts[4] = {0, 0, 0, 0};
    for (const ConnectionHealth &h : job.results) {
        worst = ConnectionHealth::worse(worst, h.state);
        ++counts[int(h.state)];
    }
    QString summary;
    if (job.results.isEmpty()) {
        summary = tr("no connections to check");
    } else if (job.results.size() == 1) {
        const ConnectionHealth &h = job.results.constFirst();
        summary = QStringLiteral("%1: %2").arg(h.connectionName, h.sentences().constFirst());
    } else {
        QStringList parts;
        for (HealthState s :
            {HealthState::Critical, HealthState::Unknown, HealthState::Warning, HealthState::Ok}) {
            if (counts[int(s)] > 0)
                parts << QStringLiteral("%1 %2").arg(counts[int(s)]).arg(ConnectionHealth::stateName(s));
        }
        summary
            = tr("%n connection(s): ", nullptr, int(job.results.size())) + parts.join(QStringLiteral(", "));
        // The worst connection's first sentence, so a one-line alert says what is wrong.
        for (const ConnectionHealth &h : job.results) {
            if (h.state == worst && worst != HealthState::Ok) {
                summary += QStringLiteral("; %1: %2").arg(h.connectionName, h.sentences().constFirst());
                break;
            }
        }
    }
    if (job.json) {
        QJsonArray list;
        for (const ConnectionHealth &h : job.results)
            list.append(h.toJson());
        const QJsonObject o {{QStringLiteral("state"), ConnectionHealth::stateName(worst)},
            {QStringLiteral("exitCode"), int(worst)}, {QStringLiteral("summary"), summary},
            {QStringLiteral("checkedAt"), job.now.toUTC().toString(Qt::ISODate)},
            {QStringLiteral("connections"), list}};
        *job.ctx->out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
        job.ctx->finish(int(worst));
        return;
    }
    QTextStream &out = *job.ctx->out;
    summary.replace(QLatin1Char('\n'), QLatin1Char(' '));
    out << QStringLiteral("PROVISIONDESK %1 - %2").arg(ConnectionHealth::stateName(worst), summary)
        << Qt::endl;
    for (const ConnectionHealth &h : job.results) {
        out << QStringLiteral("%1: %2").arg(h.connectionName, ConnectionHealth::stateName(h.state))
            << Qt::endl;
        if (h.findings.isEmpty()) {
            out << QStringLiteral("  %1").arg(h.sentences().constFirst()) << Qt::endl;
            continue;
        }
        for (const HealthFinding &f : h.findings)
            out << QStringLiteral("  %1: %2").arg(ConnectionHealth::stateName(f.state), f.message)
                << Qt::endl;
    }
    job.ctx->finish(int(worst));
}

void unknown(CliContext &ctx, const QString &why)
{
    if (ctx.options->isSet(QStringLiteral("json"))) {
        const QJsonObject o {{QStringLiteral("state"), QStringLiteral("UNKNOWN")},
            {QStringLiteral("exitCode"), int(HealthState::Unknown)}, {QStringLiteral("summary"), why},
            {QStringLiteral("connections"), QJsonArray()}};
        *ctx.out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
    } else {
        *ctx.out << QStringLiteral("PROVISIONDESK UNKNOWN - %1").arg(why) << Qt::endl;
    }
    ctx.finish(int(HealthState::Unknown));
}

// Checks the connections one after the other: the keychain answers asynchronously.
void checkNext(const std::shared_ptr<StatusJob> &job)
{
    const qsizetype i = job->results.size();
    if (i == job->connections.size()) {
        report(*job);
        return;
    }
    const Connection &c = job->connections.at(i);
    const ConnectionHealth::History history
        = ConnectionHealth::readHistory(job->ctx->database->handle(), c.id);
    if (!c.enabled) {
        job->results.append(ConnectionHealth::evaluate(c, history, {}, job->now));
        checkNext(job);
        return;
    }
    job->ctx->secrets->read(
        {c.id, SecretKind::ClientSecret}, job->ctx->secrets, [job, c, history](const SecretResult &r) {
            job->results.append(ConnectionHealth::evaluate(c, history, SecretPresence::of(r), job->now));
            checkNext(job);
        });
}

void status(CliContext &ctx)
{
    if (ctx.arguments.size() > 1) {
        ctx.fail(tr("status takes at most one connection name"), ExitCode::Usage);
        return;
    }
    if (!ctx.database) {
        unknown(ctx, tr("cannot open the database: %1").arg(ctx.databaseError));
        return;
    }
    const ConnectionStore store(ctx.database->handle());
    auto job = std::make_shared<StatusJob>();
    job->ctx = &ctx;
    job->now = QDateTime::currentDateTimeUtc();
    job->json = ctx.options->isSet(QStringLiteral("json"));
    if (ctx.arguments.isEmpty()) {
        job->connections = store.list();
        if (!store.errorString().isEmpty()) {
            unknown(ctx, tr("cannot read the connections: %1").arg(store.errorString()));
            return;
        }
    } else {
        const auto c = store.findByName(ctx.arguments.constFirst());
        if (!c) {
            unknown(ctx, tr("there is no connection named \"%1\"").arg(ctx.arguments.constFirst()));
            return;
        }
        job->connections = {*c};
    }
    checkNext(job);
}

} // namespace

void StatusCommand::registerAll(CliApp &app)
{
    app.registerCommand(QStringLiteral("status"), QStringLiteral("status [NAME] [--json]"), status,
        CliApp::HandlesDatabaseErrors);
}

} // namespace pd
