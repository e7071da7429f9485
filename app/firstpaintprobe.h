#pragma once

#include <QObject>

namespace hubdesk {

class MainWindow;

// For `hubdesk --startup-time FILE`: waits until the current page of the window has
// painted its first rows, prints the time since the process started (and since
// main()), and quits. The benchmark compares it with a bare Qt window's start.
class FirstPaintProbe : public QObject
{
    Q_OBJECT
public:
    static void watch(MainWindow &window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit FirstPaintProbe(MainWindow &window);
    MainWindow &m_window;
    bool m_done = false;
};

} // namespace hubdesk
