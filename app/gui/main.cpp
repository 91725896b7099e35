#include "ConnectionService.h"
#include "DataDirectory.h"
#include "Database.h"
#include "Icons.h"
#include "KeychainSecretStore.h"
#include "ProvisioningActions.h"
#include "ProvisioningWindow.h"
#include "SmokeTest.h"
#include "Style.h"
#include "Translations.h"
#include "ZoomConnectionTester.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QNetworkProxyFactory>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ProvisionDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("ProvisionDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROVISIONDESK_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("ProvisionDesk"));
    // Wayland/desktop shells match the window to installer/linux/io.provisiondesk.ProvisionDesk.desktop.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.provisiondesk.ProvisionDesk"));
    QApplication::setWindowIcon(pd::Icons::app());

    // Ours (embedded under :/i18n) and Qt's own strings, in the user's language.
    pd::Translations::install(&app);
    // Corporate proxies: use the system's settings (PAC, environment) for Zoom and the token URL.
    QNetworkProxyFactory::setUseSystemConfiguration(true);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Provisions users from a directory into Zoom."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDirOption(QStringLiteral("data-dir"),
        QCoreApplication::translate("main",
            "Keep the database in DIR (default: $PROVISIONDESK_DATA_DIR, else the "
            "platform's application data folder)."),
        QStringLiteral("DIR"));
    parser.addOption(dataDirOption);
    QCommandLineOption smokeOption(QStringLiteral("smoke-test")); // scripts/package: start, paint, quit
    smokeOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(smokeOption);
    const QCommandLineOption paletteOption(QStringLiteral("palette"),
        QCoreApplication::translate(
            "main", "Colours: dark, light or system (default: $PROVISIONDESK_PALETTE, else system)."),
        QStringLiteral("MODE"));
    parser.addOption(paletteOption);
    parser.process(app);
    const QString palette
        = parser.isSet(paletteOption) ? parser.value(paletteOption) : pd::Style::paletteFromEnvironment();
    if (!pd::Style::applyPalette(palette)) {
        qCritical(
            "%s", qPrintable(QCoreApplication::translate("main", "--palette takes dark, light or system.")));
        return 64;
    }

    pd::Database database(pd::DataDirectory::resolve(parser.value(dataDirOption)));
    if (!database.open()) {
        auto *box = new QMessageBox(QMessageBox::Critical,
            QCoreApplication::translate("main", "ProvisionDesk"), database.errorString(), QMessageBox::Close);
        box->setAttribute(Qt::WA_DeleteOnClose);
        QObject::connect(box, &QMessageBox::finished, &app, [] { QCoreApplication::exit(1); });
        box->open();
        return QApplication::exec();
    }

    pd::KeychainSecretStore secrets;
    pd::ConnectionService service(&database, &secrets);
    const pd::ConnectionTesterFactory testerFactory
        = [](QObject *parent) -> pd::ConnectionTester * { return new pd::ZoomConnectionTester(parent); };

    pd::ProvisioningWindow window(&database, &service, testerFactory);
    pd::ProvisioningActions actions(&window); // outbound rule, sync and history
    if (parser.isSet(smokeOption))
        pd::SmokeTest::quitAfterFirstPaint(&window);
    window.show();
    const int code = QApplication::exec();
    database.close();
    return code;
}
