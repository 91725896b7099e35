#include "Style.h"

#include <QWidget>

namespace pd {

void Style::makeMuted(QWidget *widget)
{
    QPalette pal = widget->palette();
    pal.setColor(QPalette::WindowText, mutedText());
    pal.setColor(QPalette::Text, mutedText());
    widget->setPalette(pal);
}

} // namespace pd
