#pragma once

#include <QString>

class QSplitter;
class QWidget;

namespace pd {

// Window geometry (and a splitter's sizes) remembered across starts in
// the application's QSettings, under "windows/<key>/...". Restoring what was never saved changes
// nothing, so callers size the window first and restore after.
class WindowState
{
public:
    static void save(const QWidget *window, const QString &key);
    static bool restore(QWidget *window, const QString &key);
    static void saveSplitter(const QSplitter *splitter, const QString &key);
    static bool restoreSplitter(QSplitter *splitter, const QString &key);
};

} // namespace pd
