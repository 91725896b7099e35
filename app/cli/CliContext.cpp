#include "CliContext.h"

#include <QCoreApplication>

namespace pd {

void CliContext::fail(const QString &message, int code) const
{
    *err << QCoreApplication::translate("Cli", "error: %1").arg(message) << Qt::endl;
    finish(code);
}

QString CliContext::secretFromEnvironment(const QString &option, QString *error) const
{
    if (!options->isSet(option))
        return {};
    const QString variable = options->value(option);
    const QString value = qEnvironmentVariable(variable.toLocal8Bit().constData());
    if (value.isEmpty())
        *error = QCoreApplication::translate(
            "Cli", "--%1 names the environment variable %2, which is unset or empty.")
                     .arg(option, variable);
    return value;
}

} // namespace pd
