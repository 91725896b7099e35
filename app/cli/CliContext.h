#pragma once

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>
#include <functional>

namespace pd {

class Database;
class SecretStore;

// Exit codes shared by every command (documented in docs/cli.md).
namespace ExitCode {
constexpr int Ok = 0;
constexpr int Failed = 1; // the test failed, or some users failed
constexpr int Stopped = 2; // the run was stopped or its removals are held for approval
constexpr int Error = 3; // configuration, database or keychain error
constexpr int Usage = 64; // wrong command line
} // namespace ExitCode

// What a command gets: its positional arguments (after the command words), the parsed options,
// the output streams, the database and the keychain. It must call finish() exactly once.
struct CliContext
{
    QStringList arguments;
    const QCommandLineParser *options = nullptr;
    QTextStream *out = nullptr;
    QTextStream *err = nullptr;
    Database *database = nullptr; // null only for commands registered with HandlesDatabaseErrors
    QString databaseError; // why the database could not be opened (then database is null)
    SecretStore *secrets = nullptr;
    std::function<void(int)> finish;

    // Prints "error: message" and finishes with code.
    void fail(const QString &message, int code = ExitCode::Error) const;
    // Reads the environment variable named by option (e.g. --secret-env VAR); empty if not given.
    // Sets *error when the option names a variable that is unset or empty.
    QString secretFromEnvironment(const QString &option, QString *error) const;
};

} // namespace pd
