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
    void registerCommand(const QString &words, const QString &synopsis, Handler handler);

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
    };
    QMap<QString, Command> m_commands;
    QTextStream m_out;
    QTextStream m_err;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<SecretStore> m_secrets;
    CliContext m_context;
};

} // namespace pd
