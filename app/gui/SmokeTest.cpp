#include "SmokeTest.h"

#include <QApplication>
#include <QEvent>
#include <QPixmap>
#include <QTextStream>
#include <QTimer>
#include <QWidget>

namespace pd {

namespace {

class FirstPaint : public QObject
{
public:
    explicit FirstPaint(QWidget *window)
        : QObject(window)
        , m_window(window)
    { }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_window && event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            // After this paint has finished: report from the event loop.
            QTimer::singleShot(0, this, [this] { report(); });
        }
        return false;
    }

private:
    void report()
    {
        const bool iconOk = !QApplication::windowIcon().pixmap(64, 64).isNull();
        const QPixmap shot = m_window->grab();
        QTextStream(stdout) << "smoke-test: painted \"" << m_window->windowTitle() << "\" " << shot.width()
                            << 'x' << shot.height() << " on " << QGuiApplication::platformName() << ", "
                            << m_window->findChildren<QWidget *>().size() << " widgets, app icon "
                            << (iconOk ? "drawn" : "NOT drawn (SVG icon engine missing?)") << Qt::endl;
        QCoreApplication::exit(iconOk && !shot.isNull() ? 0 : 1);
    }

    QWidget *m_window;
    bool m_seen = false;
};

} // namespace

void SmokeTest::quitAfterFirstPaint(QWidget *window)
{
    window->installEventFilter(new FirstPaint(window));
    QTimer::singleShot(20000, window, [] {
        QTextStream(stdout) << "smoke-test: the window was not painted within 20 s" << Qt::endl;
        QCoreApplication::exit(2);
    });
}

} // namespace pd
