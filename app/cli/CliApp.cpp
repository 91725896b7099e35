#include "CliApp.h"

#include "DataDirectory.h"
#include "Database.h"
#include "KeychainSecretStore.h"
#include "SyncCommand.h"

#include <QCoreApplication>
#include <QTimer>

namespace pd {

CliApp::CliApp(QObject *parent)
    : QObject(parent)
    , m_out(stdout)
    , m_err(stderr)
{
    m_out.setEncoding(QStringConverter::Utf8);
    m_err.setEncoding(QStringConverter::Utf8);
    addOptions();
}

CliApp::~CliApp()
{
    if (m_database)
        m_database->close();
}

void CliApp::addOptions()
{
    m_parser.setApplicationDescription(tr("ProvisionDesk: provision users from a directory into Zoom."));
    m_parser.addHelpOption();
    m_parser.addOptions({
        {QStringLiteral("version"), tr("Print the version and exit.")},
        {QStringLiteral("data-dir"), tr("Use DIR for the database instead of the default."),
            QStringLiteral("DIR")},
        {QStringLiteral("json"), tr("Print machine-readable JSON.")},
        {QStringLiteral("secret-env"), tr("Read the Zoom client secret from environment variable VAR."),
            QStringLiteral("VAR")},
        {QStringLiteral("source-secret-env"),
            tr("Read the LDAP bind password from environment variable VAR."), QStringLiteral("VAR")},
        {QStringLiteral("dry-run"), tr("Plan the sync and show it; change nothing.")},
        {QStringLiteral("full"), tr("Full resync: list every Zoom user and compare.")},
        {QStringLiteral("undo"),
            tr("sync: reverse what run ID of this connection changed, then disable the connection."),
            QStringLiteral("RUN_ID")},
        {QStringLiteral("approve-removals"),
            tr("Apply the held removals listed in FILE (the JSON of an earlier `sync NAME --dry-run --json`, "
               "\"-\" for standard input), only while each is still planned the same way."),
            QStringLiteral("FILE")},
        {QStringLiteral("only"),
            tr("sync: only these source keys (comma-separated; may be repeated); nobody else is touched."),
            QStringLiteral("KEY[,KEY…]")},
        {QStringLiteral("retry-failed"),
            tr("sync: only the users the latest run with failures (or --run ID) failed.")},
        {QStringLiteral("run"),
            tr("Show the run with this ID (sync --retry-failed: retry its failed users)."),
            QStringLiteral("ID")},
        {QStringLiteral("user"), tr("Show the history of this user."), QStringLiteral("USERNAME")},
        {QStringLiteral("impact"),
            tr("connection import: show what the file would change for managed users; save nothing.")},
        {QStringLiteral("limit"), tr("Show at most N entries."), QStringLiteral("N")},
        {QStringLiteral("every"),
            tr("schedule: how often to sync: 15m, 1h, 2h30m (5 minutes at least) or daily@HH:MM."),
            QStringLiteral("SPEC")},
        {QStringLiteral("print"), tr("schedule: print the scheduler files instead of installing them.")},
        {QStringLiteral("format"),
            tr("schedule --print: systemd, launchd or windows (default: this system's)."),
            QStringLiteral("FORMAT")},
        {QStringLiteral("install"), tr("schedule: write the scheduler files and enable them.")},
        {QStringLiteral("remove"), tr("schedule: disable the schedule and delete its files.")},
    });
}

void CliApp::registerCommand(
    const QString &words, const QString &synopsis, Handler handler, CommandFlag flags)
{
    m_commands.insert(words, {synopsis, std::move(handler), flags});
}

QString CliApp::usage() const
{
    QString text = tr("Usage:\n  provisiondesk-cli [--data-dir DIR] --version\n");
    for (const Command &c : m_commands)
        text += QStringLiteral("  provisiondesk-cli [--data-dir DIR] ") + c.synopsis + QLatin1Char('\n');
    return text;
}

void CliApp::start(const QStringList &arguments)
{
    bool finished = false;
    m_context.finish = [this, finished](int code) mutable {
        if (finished)
            return;
        finished = true;
        m_out.flush();
        m_err.flush();
        QTimer::singleShot(0, this, [this, code] { emit done(code); });
    };
    m_context.out = &m_out;
    m_context.err = &m_err;
    m_context.options = &m_parser;

    if (!m_parser.parse(arguments)) {
        // "--approve-removals" last on the line has no FILE: say how to get one.
        const QString last = arguments.size() > 1 ? arguments.constLast() : QString();
        if (last == QLatin1String("--approve-removals") || last == QLatin1String("-approve-removals")) {
            const qsizetype sync = arguments.indexOf(QStringLiteral("sync"));
            const QString name = sync > 0 && sync + 1 < arguments.size() - 1 ? arguments.at(sync + 1)
                                                                             : QStringLiteral("NAME");
            m_context.fail(SyncCommand::bareApprovalError(name), ExitCode::Usage);
            return;
        }
        m_context.fail(m_parser.errorText() + QLatin1Char('\n') + usage(), ExitCode::Usage);
        return;
    }
    if (m_parser.isSet(QStringLiteral("help"))) {
        m_out << m_parser.helpText() << Qt::endl << usage();
        m_context.finish(ExitCode::Ok);
        return;
    }
    if (m_parser.isSet(QStringLiteral("version"))) {
        m_out << QStringLiteral("provisiondesk-cli %1").arg(QCoreApplication::applicationVersion())
              << Qt::endl;
        m_context.finish(ExitCode::Ok);
        return;
    }

    // The longest run of leading words that names a command: "connection import" before "connection".
    const QStringList positional = m_parser.positionalArguments();
    const Command *command = nullptr;
    qsizetype used = 0;
    for (qsizetype n = qMin<qsizetype>(2, positional.size()); n > 0 && !command; --n) {
        const auto it = m_commands.constFind(positional.mid(0, n).join(QLatin1Char(' ')));
        if (it != m_commands.constEnd()) {
            command = &*it;
            used = n;
        }
    }
    if (!command) {
        const QString what = positional.isEmpty()
            ? tr("no command given")
            : tr("unknown command \"%1\"").arg(positional.join(QLatin1Char(' ')));
        m_context.fail(what + QLatin1Char('\n') + usage(), ExitCode::Usage);
        return;
    }
    m_context.arguments = positional.mid(used);

    m_database
        = std::make_unique<Database>(DataDirectory::resolve(m_parser.value(QStringLiteral("data-dir"))));
    if (m_database->open()) {
        m_context.database = m_database.get();
    } else if (command->flags & HandlesDatabaseErrors) {
        m_context.databaseError = m_database->errorString();
    } else {
        m_context.fail(m_database->errorString());
        return;
    }
    m_secrets = std::make_unique<KeychainSecretStore>();
    m_context.secrets = m_secrets.get();
    command->handler(m_context);
}

} // namespace pd
