#include "TestConnectionCommand.h"
#include "Translations.h"

#include "CliApp.h"
#include "ConnectionStore.h"
#include "Database.h"
#include "SecretBinding.h"
#include "SecretStore.h"
#include "ZoomConnectionTester.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace pd {

namespace {

QString tr(const char *text)
{
    return Translations::translate({"pd", "Cli"}, text);
}

void report(CliContext &ctx, const Connection &c, const ConnectionTestResult &r)
{
    if (ctx.options->isSet(QStringLiteral("json"))) {
        const QJsonObject o {{QStringLiteral("ok"), r.ok}, {QStringLiteral("cause"), r.cause},
            {QStringLiteral("summary"), r.summary}, {QStringLiteral("fix"), r.fix},
            {QStringLiteral("httpStatus"), r.httpStatus}, {QStringLiteral("detail"), r.detail}};
        *ctx.out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
        return;
    }
    if (r.ok) {
        *ctx.out << tr("Connection \"%1\": test passed. %2").arg(c.name, r.summary) << Qt::endl;
        return;
    }
    *ctx.out << tr("Connection \"%1\": test failed (%2).").arg(c.name, r.cause) << Qt::endl
             << r.summary << Qt::endl;
    if (!r.fix.isEmpty())
        *ctx.out << tr("Fix: %1").arg(r.fix) << Qt::endl;
    if (!r.detail.isEmpty())
        *ctx.out << tr("Details: %1").arg(r.detail) << Qt::endl;
}

void runTest(CliContext &ctx, const Connection &c, const QString &secret)
{
    auto *tester = new ZoomConnectionTester();
    QObject::connect(
        tester, &ConnectionTester::finished, tester, [&ctx, tester, c](const ConnectionTestResult &r) {
            tester->deleteLater();
            report(ctx, c, r);
            ConnectionStore store(ctx.database->handle());
            const QString message = r.ok ? r.summary : r.summary + QLatin1Char(' ') + r.fix;
            if (!store.recordTest(c.id, r.ok ? Validity::Valid : Validity::Invalid, message.trimmed())) {
                ctx.fail(tr("the test result was not recorded: %1").arg(store.errorString()));
                return;
            }
            ctx.finish(r.ok ? ExitCode::Ok : ExitCode::Failed);
        });
    tester->start(c, secret);
}

void testConnection(CliContext &ctx)
{
    if (ctx.arguments.size() != 1) {
        ctx.fail(tr("usage: connection test NAME [--secret-env VAR] [--json]"), ExitCode::Usage);
        return;
    }
    const auto c = ConnectionStore(ctx.database->handle()).findByName(ctx.arguments.constFirst());
    if (!c) {
        ctx.fail(tr("no connection is named \"%1\"").arg(ctx.arguments.constFirst()));
        return;
    }
    // --secret-env leaves the keychain alone entirely (servers without one, CI).
    if (ctx.options->isSet(QStringLiteral("secret-env"))) {
        QString envError;
        const QString secret = ctx.secretFromEnvironment(QStringLiteral("secret-env"), &envError);
        if (!envError.isEmpty()) {
            ctx.fail(envError, ExitCode::Usage);
            return;
        }
        runTest(ctx, *c, secret);
        return;
    }
    auto *context = new QObject();
    ctx.secrets->read(
        {c->id, SecretKind::ClientSecret}, context, [&ctx, context, c = *c](const SecretResult &r) {
            context->deleteLater();
            if (r.error == SecretResult::Error::NotFound) {
                ctx.fail(tr("no client secret is stored for \"%1\"; pass --secret-env VAR").arg(c.name));
                return;
            }
            if (!r.ok()) {
                ctx.fail(tr("cannot read the client secret from %1: %2")
                             .arg(ctx.secrets->description(), r.message));
                return;
            }
            // An import may have moved the connection while the keychain answered: the secret
            // read is only for the endpoint it was stored for.
            const auto now = ConnectionStore(ctx.database->handle()).find(c.id);
            if (!now || SecretBinding::isBroken(SecretKind::ClientSecret, c, *now)) {
                ctx.fail(
                    tr("\"%1\" changed while its client secret was read; run the test again.").arg(c.name));
                return;
            }
            runTest(ctx, c, r.value);
        });
}

} // namespace

void TestConnectionCommand::registerAll(CliApp &app)
{
    app.registerCommand(QStringLiteral("connection test"),
        QStringLiteral("connection test NAME [--secret-env VAR] [--json]"), testConnection);
}

} // namespace pd
