#include "ImpactCommand.h"
#include "Translations.h"

#include "CliContext.h"
#include "ConnectionStore.h"
#include "Database.h"
#include "ImpactForecast.h"
#include "OutboundRule.h"
#include "SecretBinding.h"
#include "SecretStore.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace pd {

namespace {

QString tr(const char *text)
{
    return Translations::translate({"pd", "pd::ImpactCommand", "Cli"}, text);
}

void print(CliContext &ctx, const Connection &after, const ImpactForecast::Result &r)
{
    if (ctx.options->isSet(QStringLiteral("json"))) {
        QJsonObject json = r.toJson();
        json.insert(QStringLiteral("connection"), after.name);
        json.insert(QStringLiteral("saved"), false);
        *ctx.out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
    } else if (r.ok) {
        *ctx.out << tr("Impact on \"%1\" (nothing was saved, nothing sent to Zoom):").arg(after.name)
                 << Qt::endl;
        if (r.isEmpty())
            *ctx.out << tr("This edit changes nothing for the people the connection manages.") << Qt::endl;
        else
            *ctx.out << r.summary() << Qt::endl;
        for (const ImpactForecast::Change &c : r.changes)
            *ctx.out << QStringLiteral("  %1\t%2\t(%3)%4")
                            .arg(c.kind.isEmpty() ? tr("nothing") : c.kind, c.userName,
                                c.was.isEmpty() ? tr("was: nothing") : tr("was: %1").arg(c.was),
                                c.held ? tr(" held for approval") : QString())
                     << Qt::endl;
    }
    if (!r.ok) {
        ctx.fail(tr("The impact could not be computed: %1 Nothing was saved.").arg(r.error));
        return;
    }
    ctx.finish(ExitCode::Ok);
}

void forecast(CliContext &ctx, const Connection &before, const Connection &after,
    const QString &passwordBefore, const QString &passwordAfter)
{
    ImpactForecast::Input input {before, after, passwordBefore, passwordAfter};
    const QString dataDir = ctx.database->filePath().section(QLatin1Char('/'), 0, -2);
    auto *context = new QObject;
    ImpactForecast::start(context, input, dataDir, [&ctx, after, context](const ImpactForecast::Result &r) {
        context->deleteLater();
        print(ctx, after, r);
    });
}

} // namespace

void ImpactCommand::run(CliContext &ctx, const Connection &imported)
{
    const auto existing = ConnectionStore(ctx.database->handle()).findByName(imported.name);
    if (!existing) {
        ctx.fail(tr("no connection is named \"%1\": --impact compares the file with the connection it would "
                    "update. Nothing was saved.")
                     .arg(imported.name));
        return;
    }
    Connection after = imported;
    after.id = existing->id;
    after.createdAt = existing->createdAt;

    QString envError;
    const QString fromEnv = ctx.secretFromEnvironment(QStringLiteral("source-secret-env"), &envError);
    if (!envError.isEmpty()) {
        ctx.fail(envError, ExitCode::Usage);
        return;
    }
    if (!fromEnv.isEmpty()
        || (!OutboundRule::needsSourcePassword(*existing) && !OutboundRule::needsSourcePassword(after))) {
        forecast(ctx, *existing, after, fromEnv, fromEnv);
        return;
    }
    // The stored password belongs to the LDAP server and bind DN it was entered for: never sent elsewhere.
    const bool moved = SecretBinding::isBroken(SecretKind::SourcePassword, *existing, after);
    if (moved && OutboundRule::needsSourcePassword(after)) {
        ctx.fail(tr("The file changes the LDAP URL or bind DN; the stored password is not sent there. Pass "
                    "--source-secret-env VAR."),
            ExitCode::Usage);
        return;
    }
    auto *context = new QObject;
    const Connection before = *existing;
    ctx.secrets->read({existing->id, SecretKind::SourcePassword}, context,
        [&ctx, before, after, moved, context](const SecretResult &r) {
            context->deleteLater();
            if (!r.ok()) {
                ctx.fail(tr("%1 Or pass it with --source-secret-env VAR.").arg(r.message));
                return;
            }
            forecast(ctx, before, after, r.value, moved ? QString() : r.value);
        });
}

} // namespace pd
