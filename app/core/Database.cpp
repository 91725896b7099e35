#include "Database.h"
#include "Translations.h"

#include "Migrations.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

namespace pd {

namespace {
QString tr(const char *text)
{
    return Translations::translate({"pd::Database", "Database"}, text);
}
} // namespace

Database::Database(QString dataDir)
    : m_dataDir(std::move(dataDir))
{ }

QString Database::filePath() const
{
    return QDir(m_dataDir).filePath(QString::fromLatin1(fileName));
}

QString Database::connectionName() const
{
    const QByteArray pathHash
        = QCryptographicHash::hash(filePath().toUtf8(), QCryptographicHash::Sha1).toHex().left(12);
    const auto threadId = reinterpret_cast<quintptr>(QThread::currentThreadId());
    return QStringLiteral("pd-%1-%2").arg(QString::fromLatin1(pathHash)).arg(threadId, 0, 16);
}

QSqlDatabase Database::handle() const
{
    return QSqlDatabase::database(connectionName(), false);
}

bool Database::open()
{
    m_error.clear();
    if (QSqlDatabase::contains(connectionName()) && handle().isOpen())
        return true;

    if (!QDir().mkpath(m_dataDir)) {
        m_error = tr("Cannot create the data folder %1. Check that you may write there, or choose "
                     "another folder with --data-dir.")
                      .arg(QDir::toNativeSeparators(m_dataDir));
        return false;
    }
    const QFileInfo dirInfo(m_dataDir);
    if (!dirInfo.isWritable()) {
        m_error = tr("The data folder %1 is not writable. Check its permissions, or choose another "
                     "folder with --data-dir.")
                      .arg(QDir::toNativeSeparators(m_dataDir));
        return false;
    }

    QSqlDatabase db = QSqlDatabase::contains(connectionName())
        ? QSqlDatabase::database(connectionName(), false)
        : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName());
    db.setDatabaseName(filePath());
    if (!db.open()) {
        m_error = tr("Cannot open the database %1: %2")
                      .arg(QDir::toNativeSeparators(filePath()), db.lastError().text());
        return false;
    }
    if (!configure(db)) {
        db.close();
        return false;
    }
    return true;
}

bool Database::configure(QSqlDatabase &db)
{
    QSqlQuery q(db);
    // The first statement that reads the file tells a damaged or foreign file apart.
    if (!q.exec(QStringLiteral("PRAGMA schema_version"))) {
        m_error = tr("The database %1 is damaged or is not a ProvisionDesk database (%2). It was "
                     "left unchanged. Move it aside to start afresh, or restore it from a backup.")
                      .arg(QDir::toNativeSeparators(filePath()), q.lastError().databaseText());
        return false;
    }
    // WAL lets the history window read while a sync thread writes; NORMAL is durable in WAL mode
    // across a process kill (only a power cut may lose the last commits).
    const char *pragmas[] = {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL", "PRAGMA foreign_keys=ON",
        "PRAGMA busy_timeout=10000"};
    for (const char *p : pragmas) {
        if (!q.exec(QString::fromLatin1(p))) {
            m_error = tr("Cannot configure the database %1: %2")
                          .arg(QDir::toNativeSeparators(filePath()), q.lastError().text());
            return false;
        }
    }
    QString migrationError;
    if (!Migrations::apply(db, &migrationError)) {
        m_error = tr("Cannot update the database %1 to this version of ProvisionDesk: %2")
                      .arg(QDir::toNativeSeparators(filePath()), migrationError);
        return false;
    }
    return true;
}

int Database::schemaVersion() const
{
    return Migrations::currentVersion(handle());
}

void Database::close()
{
    const QString name = connectionName();
    if (!QSqlDatabase::contains(name))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace pd
