#include "SyncCommand.h"

#include "CliApp.h"
#include "ConnectionStore.h"
#include "Database.h"
#include "OutboundRule.h"
#include "SecretStore.h"
#include "SyncRunner.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QTextStream>

namespace pd {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

// Reads a secret from the environment option when given, else from the keychain.
void obtainSecret(CliContext &ctx, const QString &option, const SecretKey &key, QObject *context,
    std::function<void(bool ok, const QString &value)> done)
{
    QString envError;
    const QString fromEnv = ctx.secretFromEnvironment(option, &envError);
    if (!envError.isEmpty()) {
        ctx.fail(envError, ExitCode::Usage);
        return;
    }
    if (!fromEnv.isEmpty()) {
        done(true, fromEnv);
        return;
    }
    ctx.secrets->read(key, context, [&ctx, option, done](const SecretResult &r) {
        if (!r.ok()) {
            ctx.fail(tr("%1 Or pass it with --%2 VAR.").arg(r.message, option));
            return;
        }
        done(true, r.value);
    });
}

void runSync(
    CliContext &ctx, const Connection &connection, const QString &secret, const QString &sourcePassword)
{
    SyncRequest request;
    request.connectionId = connection.id;
    request.dataDir = ctx.database->filePath().section(QLatin1Char('/'), 0, -2);
    request.dryRun = ctx.options->isSet(QStringLiteral("dry-run"));
    request.fullResync = ctx.options->isSet(QStringLiteral("full"));
    request.approveAllRemovals = ctx.options->isSet(QStringLiteral("approve-removals"));
    request.clientSecret = secret;
    request.sourcePassword = sourcePassword;
    request.trigger = RunTrigger::Cli;
    const bool json = ctx.options->isSet(QStringLiteral("json"));

    auto *runner = new SyncRunner;
    // With --json, stdout carries only the summary object; the log goes to stderr.
    QTextStream *logStream = json ? ctx.err : ctx.out;
    QObject::connect(runner, &SyncRunner::logLines, runner, [logStream](const QList<SyncLogLine> &lines) {
        for (const SyncLogLine &line : lines) {
            if (line.level == SyncLogLine::Level::Debug)
                continue;
            *logStream << line.at.toString(QStringLiteral("HH:mm:ss")) << QLatin1Char(' ')
                       << SyncLogLine::levelName(line.level) << QStringLiteral(": ") << line.text << Qt::endl;
        }
    });
    QObject::connect(runner, &SyncRunner::finished, runner, [&ctx, runner, json](const SyncReport &report) {
        if (json) {
            *ctx.out << QString::fromUtf8(QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented));
        } else {
            *ctx.out << tr("Run %1: %2. %3")
                            .arg(report.runId)
                            .arg(runOutcomeDisplayName(report.outcome), report.message)
                     << Qt::endl;
            for (const PlannedOperation &op : report.held)
                *ctx.out << tr("  held: %1 %2").arg(PlannedOperation::kindToString(op.kind), op.userName)
                         << Qt::endl;
            if (!report.held.isEmpty())
                *ctx.out << tr("Review them, then run again with --approve-removals to apply.") << Qt::endl;
        }
        runner->deleteLater();
        ctx.finish(report.exitCode());
    });
    runner->start(request, QStringLiteral("sync-cli"));
}

void sync(CliContext &ctx)
{
    if (ctx.arguments.size() != 1) {
        ctx.fail(tr("usage: sync NAME [--dry-run] [--full] [--approve-removals] [--secret-env VAR] [--json]"),
            ExitCode::Usage);
        return;
    }
    const auto connection = ConnectionStore(ctx.database->handle()).findByName(ctx.arguments.constFirst());
    if (!connection) {
        ctx.fail(tr("no connection is named \"%1\"").arg(ctx.arguments.constFirst()));
        return;
    }
    OutboundRule rule;
    const bool needsPassword
        = OutboundRule::fromConnection(*connection, &rule).isEmpty() && rule.source.needsPassword();
    auto *context = new QObject;
    obtainSecret(ctx, QStringLiteral("secret-env"), {connection->id, SecretKind::ClientSecret}, context,
        [&ctx, connection, needsPassword, context](bool, const QString &secret) {
            if (!needsPassword) {
                context->deleteLater();
                runSync(ctx, *connection, secret, {});
                return;
            }
            obtainSecret(ctx, QStringLiteral("source-secret-env"),
                {connection->id, SecretKind::SourcePassword}, context,
                [&ctx, connection, secret, context](bool, const QString &password) {
                    context->deleteLater();
                    runSync(ctx, *connection, secret, password);
                });
        });
}

} // namespace

void SyncCommand::registerAll(CliApp &app)
{
    app.registerCommand(QStringLiteral("sync"),
        QStringLiteral("sync NAME [--dry-run] [--full] [--approve-removals] [--secret-env VAR] "
                       "[--source-secret-env VAR] [--json]"),
        sync);
}

} // namespace pd
