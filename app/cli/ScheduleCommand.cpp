#include "ScheduleCommand.h"
#include "Translations.h"

#include "CliApp.h"
#include "ConnectionStore.h"
#include "DataDirectory.h"
#include "Database.h"
#include "ScheduleInstaller.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace pd {

namespace {

QString tr(const char *text)
{
    return Translations::translate({"pd", "Cli"}, text);
}

// The data directory to pass along: only when it is not where the CLI would look by itself (the
// scheduler's environment has no PROVISIONDESK_DATA_DIR).
QString dataDirToPass(const Database &db)
{
    const QString dir = QFileInfo(db.filePath()).absolutePath();
    // A scheduled job starts without this shell's --data-dir or $PROVISIONDESK_DATA_DIR.
    return QDir(dir) == QDir(DataDirectory::standardLocation()) ? QString() : dir;
}

void schedule(CliContext &ctx)
{
    const QCommandLineParser &o = *ctx.options;
    if (ctx.arguments.size() != 1) {
        ctx.fail(tr("schedule takes one connection name"), ExitCode::Usage);
        return;
    }
    const bool install = o.isSet(QStringLiteral("install"));
    const bool remove = o.isSet(QStringLiteral("remove"));
    const bool print = o.isSet(QStringLiteral("print"));
    if (int(install) + int(remove) + int(print) > 1) {
        ctx.fail(tr("choose one of --print, --install and --remove"), ExitCode::Usage);
        return;
    }
    ScheduleFormat format = ScheduleUnits::nativeFormat();
    if (o.isSet(QStringLiteral("format"))) {
        if (!ScheduleUnits::parseFormat(o.value(QStringLiteral("format")), &format)) {
            ctx.fail(tr("--format must be systemd, launchd or windows"), ExitCode::Usage);
            return;
        }
        if (!print) {
            ctx.fail(tr("--format goes with --print; --install and --remove use this system's scheduler (%1)")
                         .arg(ScheduleUnits::formatName(ScheduleUnits::nativeFormat())),
                ExitCode::Usage);
            return;
        }
    }
    ScheduleSpec spec;
    if (!remove) {
        if (!o.isSet(QStringLiteral("every"))) {
            ctx.fail(tr("--every is required: 15m, 1h, 2h30m or daily@HH:MM"), ExitCode::Usage);
            return;
        }
        QString error;
        spec = ScheduleSpec::parse(o.value(QStringLiteral("every")), &error);
        if (!spec.isValid()) {
            ctx.fail(error, ExitCode::Usage);
            return;
        }
    }
    const auto connection = ConnectionStore(ctx.database->handle()).findByName(ctx.arguments.constFirst());
    if (!connection && !remove) {
        ctx.fail(tr("there is no connection named \"%1\"").arg(ctx.arguments.constFirst()));
        return;
    }
    // A deleted connection's schedule can still be removed by the name it had.
    const QString name = connection ? connection->name : ctx.arguments.constFirst();
    const QString dataDir = QFileInfo(ctx.database->filePath()).absolutePath();
    const ScheduleTarget target {name, QCoreApplication::applicationFilePath(), dataDirToPass(*ctx.database)};

    if (!install && !remove) {
        QString error;
        const QList<ScheduleFile> files = ScheduleUnits::files(format, spec, target, &error);
        if (files.isEmpty()) {
            ctx.fail(error);
            return;
        }
        const QString dir = ScheduleUnits::directory(format, QDir::homePath(), dataDir);
        for (const ScheduleFile &f : files) {
            if (files.size() > 1)
                *ctx.out << QStringLiteral("# %1/%2\n").arg(dir, f.fileName);
            *ctx.out << f.text;
            if (files.size() > 1 && &f != &files.constLast())
                *ctx.out << QLatin1Char('\n');
        }
        ctx.finish(ExitCode::Ok);
        return;
    }
    auto *installer = new ScheduleInstaller(QDir::homePath(), dataDir);
    QObject::connect(installer, &ScheduleInstaller::finished, installer,
        [&ctx, installer, install, name, spec](bool ok, const QStringList &lines) {
            installer->deleteLater();
            for (const QString &line : lines)
                *(ok ? ctx.out : ctx.err) << line << Qt::endl;
            if (ok && install)
                *ctx.out << tr("\"%1\" syncs %2.").arg(name, spec.description()) << Qt::endl;
            ctx.finish(ok ? ExitCode::Ok : ExitCode::Error);
        });
    if (install)
        installer->install(spec, target);
    else
        installer->remove(name);
}

} // namespace

void ScheduleCommand::registerAll(CliApp &app)
{
    app.registerCommand(QStringLiteral("schedule"),
        QStringLiteral("schedule NAME --every 15m|1h|daily@HH:MM [--print [--format systemd|launchd|windows] "
                       "| --install | --remove]"),
        schedule);
}

} // namespace pd
