#include "WindowState.h"

#include <QSettings>
#include <QSplitter>

namespace pd {

namespace {
QString path(const QString &key, const char *what)
{
    return QStringLiteral("windows/%1/%2").arg(key, QLatin1String(what));
}
} // namespace

void WindowState::save(const QWidget *window, const QString &key)
{
    QSettings().setValue(path(key, "geometry"), window->saveGeometry());
}

bool WindowState::restore(QWidget *window, const QString &key)
{
    const QByteArray geometry = QSettings().value(path(key, "geometry")).toByteArray();
    return !geometry.isEmpty() && window->restoreGeometry(geometry);
}

void WindowState::saveSplitter(const QSplitter *splitter, const QString &key)
{
    QSettings().setValue(path(key, "splitter"), splitter->saveState());
}

bool WindowState::restoreSplitter(QSplitter *splitter, const QString &key)
{
    const QByteArray state = QSettings().value(path(key, "splitter")).toByteArray();
    return !state.isEmpty() && splitter->restoreState(state);
}

} // namespace pd
