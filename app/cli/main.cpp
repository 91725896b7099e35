#include "CliApp.h"
#include "CliCommands.h"
#include "Translations.h"

#include <QCoreApplication>
#include <QNetworkProxyFactory>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ProvisionDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("ProvisionDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROVISIONDESK_VERSION));

    pd::Translations::install(&app);
    QNetworkProxyFactory::setUseSystemConfiguration(true);

    pd::CliApp cli;
    pd::registerCliCommands(cli);
    QObject::connect(&cli, &pd::CliApp::done, &app, [](int code) { QCoreApplication::exit(code); });
    cli.start(QCoreApplication::arguments());
    return QCoreApplication::exec();
}
