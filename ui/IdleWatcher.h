#pragma once

#include <QObject>
#include <QTimer>
#include <chrono>

namespace ropa::ui {

// Says when the user has not touched the keyboard or mouse anywhere in the application for a while.
class IdleWatcher : public QObject
{
    Q_OBJECT

public:
    explicit IdleWatcher(QObject* parent = nullptr);

    // Zero switches the watch off.
    void setTimeout(std::chrono::milliseconds timeout);
    void restart();

Q_SIGNALS:
    void idle();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QTimer m_timer;
    std::chrono::milliseconds m_timeout{0};
};

} // namespace ropa::ui
