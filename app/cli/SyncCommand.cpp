#include "SyncCommand.h"
#include "Translations.h"

#include "ApprovedRemoval.h"
#include "CliApp.h"
#include "ConnectionStore.h"
#include "Database.h"
#include "HistoryQuery.h"
#include "OutboundRule.h"
#include "SecretStore.h"
#include "SyncRunner.h"
#include "SyncSelection.h"
#include "SyncUndo.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

namespace pd {

namespace {

QString tr(const char *text)
{
    return Translations::translate({"pd", "pd::SyncCommand", "Cli"}, text);
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

// Reads the held list of a reviewed `sync NAME --dry-run --json` (or `sync NAME --json`) summary from
// path ("-": standard input). Sets *error when it cannot be read, is not that JSON, lists nothing,
// or is another connection's run.
QList<ApprovedRemoval> readApprovals(
    CliContext &ctx, const QString &path, const Connection &connection, QString *error)
{
    QFile file;
    const bool opened = path == QLatin1String("-") ? file.open(stdin, QIODevice::ReadOnly)
                                                   : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    const QString shown = path == QLatin1String("-") ? tr("standard input") : path;
    if (!opened) {
        *error = tr("cannot read %1: %2").arg(shown, file.errorString());
        return {};
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = tr("%1 is not the JSON that `sync %2 --dry-run --json` prints%3")
                     .arg(shown, connection.name,
                         parseError.error != QJsonParseError::NoError ? QStringLiteral(" (%1 at offset %2)")
                                                                            .arg(parseError.errorString())
                                                                            .arg(parseError.offset)
                                                                      : QString());
        return {};
    }
    QString why;
    const QList<ApprovedRemoval> approvals = ApprovedRemoval::listFromReportJson(doc.object(), &why);
    if (!why.isEmpty()) {
        *error = tr("%1 cannot be used to approve removals: %2").arg(shown, why);
        return {};
    }
    if (approvals.isEmpty()) {
        *error = tr("%1 lists no held removals: there is nothing to approve").arg(shown);
        return {};
    }
    // A plan reviewed for another connection must not release this one's removals.
    const qint64 runId = qint64(doc.object().value(QStringLiteral("runId")).toDouble());
    if (const auto run = HistoryQuery(ctx.database->handle()).run(runId);
        run && run->connectionId != connection.id) {
        *error = tr("%1 is the plan of run %2 of \"%3\", not of \"%4\"")
                     .arg(shown)
                     .arg(runId)
                     .arg(run->connectionName, connection.name);
        return {};
    }
    return approvals;
}

// Approvals the run held again because the user is no longer planned the way it was reviewed.
QList<std::pair<ApprovedRemoval, PlannedOperation>> staleApprovals(
    const QList<ApprovedRemoval> &approvals, const SyncReport &report)
{
    QList<std::pair<ApprovedRemoval, PlannedOperation>> stale;
    for (const ApprovedRemoval &a : approvals) {
        for (const PlannedOperation &op : report.held) {
            if (op.sourceKey == a.sourceKey && !a.matches(op))
                stale.append({a, op});
        }
    }
    return stale;
}

void runSync(CliContext &ctx, const Connection &connection, const QString &secret,
    const QString &sourcePassword, const QList<ApprovedRemoval> &approvals, const SyncSelection &selection)
{
    SyncRequest request;
    request.connectionId = connection.id;
    request.dataDir = ctx.database->filePath().section(QLatin1Char('/'), 0, -2);
    request.dryRun = ctx.options->isSet(QStringLiteral("dry-run"));
    request.fullResync = ctx.options->isSet(QStringLiteral("full"));
    request.approvedRemovals = approvals;
    request.undoRunId = SyncUndo::runId(*ctx.options); // checked by sync() before secrets were read
    request.onlySourceKeys = selection.keys(); // empty unless --only or --retry-failed
    request.clientSecret = secret;
    request.sourcePassword = sourcePassword;
    request.secretsReadFor = connection;
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
    if (selection.selects())
        *logStream << selection.describe() << Qt::endl;
    const QString name = connection.name;
    QObject::connect(runner, &SyncRunner::finished, runner,
        [&ctx, runner, json, approvals, name, selection](const SyncReport &report) {
            const auto stale = staleApprovals(approvals, report);
            const QStringList unknown = selection.unknownKeys(ctx.database->handle(), report);
            if (json) {
                QJsonObject summary = report.toJson();
                selection.addToJson(&summary, unknown);
                if (!approvals.isEmpty()) {
                    QJsonArray staleJson;
                    for (const auto &[approval, now] : stale)
                        staleJson.append(QJsonObject {{QStringLiteral("reviewed"), approval.toJson()},
                            {QStringLiteral("now"), ApprovedRemoval::of(now).toJson()}});
                    summary.insert(QStringLiteral("approvals"), approvals.size());
                    summary.insert(QStringLiteral("staleApprovals"), staleJson);
                }
                *ctx.out << QString::fromUtf8(QJsonDocument(summary).toJson(QJsonDocument::Indented));
            } else {
                if (report.preflight) { // the pre-flight forecast of a dry run
                    *ctx.out << tr("Pre-flight forecast:") << Qt::endl;
                    for (const QString &line : report.preflight->describe())
                        *ctx.out << QStringLiteral("  ") << line << Qt::endl;
                }
                *ctx.out << tr("Run %1: %2. %3")
                                .arg(report.runId)
                                .arg(runOutcomeDisplayName(report.outcome), report.message)
                         << Qt::endl;
                for (const PlannedOperation &op : report.held)
                    *ctx.out << tr("  held: %1 %2").arg(PlannedOperation::kindToString(op.kind), op.userName)
                             << Qt::endl;
                for (const auto &[approval, now] : stale)
                    *ctx.out << tr(
                        "  approval of %1 (Zoom ID %2): no longer planned the same way (now %3 %4, "
                        "Zoom ID %5); review again.")
                                    .arg(approval.describe(), approval.zoomId,
                                        PlannedOperation::kindToString(now.kind), now.userName, now.zoomId)
                             << Qt::endl;
                if (!report.held.isEmpty())
                    *ctx.out << SyncCommand::approvalHowTo(name) << Qt::endl;
                SyncUndo::printText(*ctx.out, report);
            }
            if (!unknown.isEmpty())
                *ctx.err << tr("warning: not in the source's scope and not managed, so nothing was done for: "
                               "%1")
                                .arg(unknown.join(QStringLiteral(", ")))
                         << Qt::endl;
            runner->deleteLater();
            // A key that matched nobody is not a success a script should take for granted.
            ctx.finish(unknown.isEmpty() || report.exitCode() != ExitCode::Ok ? report.exitCode()
                                                                              : ExitCode::Failed);
        });
    runner->start(request, QStringLiteral("sync-cli"));
}

void sync(CliContext &ctx)
{
    if (ctx.arguments.size() != 1) {
        ctx.fail(tr("usage: sync NAME [--dry-run] [--full] [--only KEY[,KEY…] | --retry-failed [--run ID]] "
                    "[--approve-removals FILE] [--undo RUN_ID] [--secret-env VAR] [--json]"),
            ExitCode::Usage);
        return;
    }
    // A bare --approve-removals used to approve whatever the next plan held: refuse it, and say how.
    const bool approving = ctx.options->isSet(QStringLiteral("approve-removals"));
    const QString approvalFile = ctx.options->value(QStringLiteral("approve-removals"));
    if (approving
        && (approvalFile.isEmpty()
            || (approvalFile.startsWith(QLatin1Char('-')) && approvalFile != QLatin1String("-")))) {
        ctx.fail(SyncCommand::bareApprovalError(ctx.arguments.constFirst()), ExitCode::Usage);
        return;
    }
    const auto connection = ConnectionStore(ctx.database->handle()).findByName(ctx.arguments.constFirst());
    if (!connection) {
        ctx.fail(tr("no connection is named \"%1\"").arg(ctx.arguments.constFirst()));
        return;
    }
    QString undoError; // --undo RUN_ID is checked before any secret is read
    SyncUndo::fromOptions(*ctx.options, ctx.database->handle(), *connection, &undoError);
    if (!undoError.isEmpty()) {
        ctx.fail(undoError, ExitCode::Usage);
        return;
    }
    QString selectionError;
    int selectionCode = ExitCode::Ok;
    const SyncSelection selection = SyncSelection::fromOptions(
        *ctx.options, ctx.database->handle(), *connection, &selectionError, &selectionCode);
    if (!selectionError.isEmpty()) {
        ctx.fail(selectionError, selectionCode);
        return;
    }
    QList<ApprovedRemoval> approvals;
    if (approving) {
        QString error;
        approvals = readApprovals(ctx, approvalFile, *connection, &error);
        if (!error.isEmpty()) {
            ctx.fail(tr("%1. Nothing was synced.").arg(error), ExitCode::Usage);
            return;
        }
    }
    const bool needsPassword = OutboundRule::needsSourcePassword(*connection);
    auto *context = new QObject;
    obtainSecret(ctx, QStringLiteral("secret-env"), {connection->id, SecretKind::ClientSecret}, context,
        [&ctx, connection, needsPassword, context, approvals, selection](bool, const QString &secret) {
            if (!needsPassword) {
                context->deleteLater();
                runSync(ctx, *connection, secret, {}, approvals, selection);
                return;
            }
            obtainSecret(ctx, QStringLiteral("source-secret-env"),
                {connection->id, SecretKind::SourcePassword}, context,
                [&ctx, connection, secret, context, approvals, selection](bool, const QString &password) {
                    context->deleteLater();
                    runSync(ctx, *connection, secret, password, approvals, selection);
                });
        });
}

} // namespace

QString SyncCommand::approvalHowTo(const QString &name)
{
    const QString n = name.contains(QLatin1Char(' ')) ? QStringLiteral("\"%1\"").arg(name) : name;
    return tr("To approve held removals, run `sync %1 --dry-run --json > plan.json`, review its held list, "
              "then `sync %1 --approve-removals plan.json`: only the removals listed there are applied, and "
              "only while they are still planned the same way.")
        .arg(n);
}

QString SyncCommand::bareApprovalError(const QString &name)
{
    return tr("--approve-removals needs the FILE of removals you reviewed. %1").arg(approvalHowTo(name));
}

void SyncCommand::registerAll(CliApp &app)
{
    app.registerCommand(QStringLiteral("sync"),
        QStringLiteral(
            "sync NAME [--dry-run] [--full] [--only KEY[,KEY…] | --retry-failed [--run ID]] "
            "[--approve-removals FILE] [--undo RUN_ID] [--secret-env VAR] [--source-secret-env VAR] "
            "[--json]"),
        sync);
}

} // namespace pd
