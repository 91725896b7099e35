// The standard data folder names ProvisionDesk once, and a folder of older versions
// (organization/application) that holds data keeps being used, so no data is lost.
#include "DataDirectory.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;

class TestDataDirectory : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QCoreApplication::setOrganizationName(QStringLiteral("ProvisionDesk"));
        QCoreApplication::setApplicationName(QStringLiteral("ProvisionDesk"));
        qunsetenv("PROVISIONDESK_DATA_DIR");
    }

    void init()
    {
        // A fresh data home per test, so the legacy folder of one test does not leak.
        const QString dataHome = m_home.filePath(QString::fromLatin1(QTest::currentTestFunction()));
        QVERIFY(QDir().mkpath(dataHome));
        qputenv("XDG_DATA_HOME", QFile::encodeName(dataHome));
        m_dataHome = dataHome;
    }

    void newInstallNamesTheApplicationOnce()
    {
        QCOMPARE(DataDirectory::resolve(), QDir(m_dataHome).filePath(QStringLiteral("ProvisionDesk")));
    }

    void existingLegacyFolderIsKept()
    {
        const QString legacy = QDir(m_dataHome).filePath(QStringLiteral("ProvisionDesk/ProvisionDesk"));
        QVERIFY(QDir().mkpath(legacy));
        QFile db(QDir(legacy).filePath(QStringLiteral("provisiondesk.sqlite")));
        QVERIFY(db.open(QIODevice::WriteOnly));
        db.close();
        QCOMPARE(DataDirectory::resolve(), legacy);
    }

    void emptyLegacyFolderIsIgnored()
    {
        QVERIFY(QDir().mkpath(QDir(m_dataHome).filePath(QStringLiteral("ProvisionDesk/ProvisionDesk"))));
        QCOMPARE(DataDirectory::resolve(), QDir(m_dataHome).filePath(QStringLiteral("ProvisionDesk")));
    }

    void explicitChoicesWin()
    {
        QCOMPARE(DataDirectory::resolve(m_dataHome), m_dataHome);
        qputenv("PROVISIONDESK_DATA_DIR", QFile::encodeName(m_home.path()));
        QCOMPARE(DataDirectory::resolve(), m_home.path());
        qunsetenv("PROVISIONDESK_DATA_DIR");
    }

private:
    QString m_dataHome;
};

QTEST_GUILESS_MAIN(TestDataDirectory)
#include "TestDataDirectory.moc"
