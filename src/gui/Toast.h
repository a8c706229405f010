// Scopekeeper console: success messages that do not interrupt.
//
// A toast appears at the bottom of a window, hides by itself after a few seconds, and is
// announced to assistive technology. It never takes the keyboard focus.
#pragma once

#include <QFrame>

class QLabel;
class QTimer;

namespace sk {

class Toast : public QFrame
{
    Q_OBJECT

public:
    /// Shows `text` over `window` (its top-level widget); replaces a toast already showing.
    static Toast* show(QWidget* window, const QString& text, int milliseconds = 4000);
    /// The toast showing over `window`, if any (for tests).
    static Toast* current(QWidget* window);

    QString text() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    explicit Toast(QWidget* window);
    void place();

    QLabel* m_label;
    QTimer* m_timer;
};

} // namespace sk
