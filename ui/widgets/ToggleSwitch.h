#pragma once

#include <QAbstractButton>

namespace pd {

// An on/off switch like the console's enable toggle: a checkable button painted as a track with a
// knob. Space toggles it; it reads as a checkable button to assistive technology.
class ToggleSwitch : public QAbstractButton
{
    Q_OBJECT
public:
    explicit ToggleSwitch(QWidget *parent = nullptr);
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
};

} // namespace pd
