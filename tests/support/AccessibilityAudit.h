#pragma once

#include <QList>
#include <QStringList>

class QWidget;

namespace pd::test {

// Checks what a keyboard or screen-reader user meets in a window, offscreen. Every finding is one
// line naming the widget's class and object name, so a failing test says what to fix.
//   unnamedControls:  visible controls (buttons, inputs, views, tabs...) whose accessible name
//                     (QAccessible: explicit name, buddy label or button text) is empty;
//   unlabelledInputs: visible line edits, combo boxes, spin boxes and text edits with no label
//                     whose buddy they are (or whose buddy's focus proxy they are), unless they
//                     have an explicit accessible name (fields without a visible label of their
//                     own, such as the second field of a row under a column header);
//   unreachableByTab: visible, enabled controls that pressing Tab from the window's first focus
//                     widget never reaches, and widgets that keep the focus on Tab (a trap);
//   problems:         all three for root.
// tabChain() presses Tab (real key events) and returns the widgets that got the focus, in order.
class AccessibilityAudit
{
public:
    static QStringList unnamedControls(QWidget *root);
    static QStringList unlabelledInputs(QWidget *root);
    static QStringList unreachableByTab(QWidget *root);
    static QStringList problems(QWidget *root);

    static QList<QWidget *> tabChain(QWidget *root, QStringList *traps = nullptr);
    static bool isControl(QWidget *w);
    static bool isInput(QWidget *w);
    static QString describe(QWidget *w);
};

} // namespace pd::test
