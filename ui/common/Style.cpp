#include "Style.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>
#include <QWidget>

namespace pd {

QColor Style::mutedText()
{
    return isDark() ? QColor(0xB4, 0xB8, 0xBE) : QColor(0x4D, 0x51, 0x56);
}

QColor Style::errorText()
{
    return isDark() ? QColor(0xFF, 0x8A, 0x80) : QColor(0xB3, 0x26, 0x1E);
}

QColor Style::warningText()
{
    return isDark() ? QColor(0xFF, 0xC1, 0x07) : QColor(0x8A, 0x4B, 0x00);
}

QColor Style::accent()
{
    return isDark() ? QColor(0x7F, 0xB2, 0xFF) : QColor(0x0B, 0x5C, 0xFF);
}

void Style::makeMuted(QWidget *widget)
{
    QPalette pal = widget->palette();
    pal.setColor(QPalette::WindowText, mutedText());
    pal.setColor(QPalette::Text, mutedText());
    widget->setPalette(pal);
}

bool Style::isDark()
{
    return isDark(QApplication::palette());
}

bool Style::isDark(const QPalette &p)
{
    return p.color(QPalette::Window).lightness() < p.color(QPalette::WindowText).lightness();
}

QPalette Style::darkPalette()
{
    const QColor window(0x2B, 0x2D, 0x30);
    const QColor base(0x1F, 0x20, 0x22);
    const QColor text(0xE8, 0xEA, 0xED);
    const QColor disabled(0x80, 0x86, 0x8B);
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x27, 0x29, 0x2C));
    p.setColor(QPalette::ToolTipBase, QColor(0x3C, 0x40, 0x43));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9A, 0xA0, 0xA6));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3B));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xFF, 0x8A, 0x80));
    p.setColor(QPalette::Light, QColor(0x4A, 0x4D, 0x52));
    p.setColor(QPalette::Midlight, QColor(0x3E, 0x41, 0x45));
    p.setColor(QPalette::Mid, QColor(0x25, 0x27, 0x2A));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1B));
    p.setColor(QPalette::Shadow, QColor(0x0A, 0x0A, 0x0B));
    p.setColor(QPalette::Highlight, QColor(0x3D, 0x7B, 0xE0));
    p.setColor(QPalette::HighlightedText, QColor(0xFF, 0xFF, 0xFF));
    p.setColor(QPalette::Link, QColor(0x8A, 0xB4, 0xF8));
    p.setColor(QPalette::LinkVisited, QColor(0xC5, 0x8A, 0xF9));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Button, QColor(0x2F, 0x31, 0x34));
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x50, 0x54, 0x58));
    return p;
}

bool Style::applyPalette(const QString &mode)
{
    const QString m = mode.trimmed().toLower();
    if (m.isEmpty() || m == QLatin1String("system"))
        return true;
    if (m != QLatin1String("dark") && m != QLatin1String("light"))
        return false;
    QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion"));
    if (!fusion)
        return false;
    QApplication::setStyle(fusion);
    QApplication::setPalette(m == QLatin1String("dark") ? darkPalette() : fusion->standardPalette());
    return true;
}

QString Style::paletteFromEnvironment()
{
    return qEnvironmentVariable("PROVISIONDESK_PALETTE");
}

} // namespace pd
