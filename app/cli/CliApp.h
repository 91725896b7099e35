#pragma once

#include "CliContext.h"

#include <QCommandLineParser>
#include <QMap>
#include <QObject>
#include <QTextStream>
#include <memory>

namespace pd {

class Database;
class SecretStore;

// provisiondesk-cli: parses the command line, opens the database, and hands the command words
// ("connection import", "sync", ...) to the handler registered for them.
class CliApp : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<void(CliContext &)>;

    explicit CliApp(QObject *parent = nullptr);
    ~CliApp() override;

    // Runs asynchronously; emits done(exitCode) once.
    void start(const QStringList &arguments);
    // HandlesDatabaseErrors: the handler runs even when the database cannot be opened (status
    // reports it as UNKNOWN); others are refused with ExitCode::Error first.
    enum CommandFlag { NoFlags = 0, HandlesDatabaseErrors = 1 };
    void registerCommand(
        const QString &words, const QString &synopsis, Handler handler, CommandFlag flags = NoFlags);

signals:
    void done(int exitCode);

private:
    void addOptions();
    QString usage() const;

    QCommandLineParser m_parser;
    struct Command
    {
        QString synopsis;
        Handler handler;
        CommandFlag flags = NoFlags;
    };
    QMap<QString, Command> m_commands;
    QTextStream m_out;
    QTextStream m_err;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<SecretStore> m_secrets;
    CliContext m_context;
};

} // namespace pd
