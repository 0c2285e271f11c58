#pragma once

#include "domain/Register.h"

#include <QMainWindow>

class QTableView;

namespace ropa::itemmodels {
class ActivityTableModel;
}

namespace ropa::ui {

// The main window; for now it shows the register's activities in a read-only table.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);

    void showRegister(const Register& reg, const QString& title);

private:
    itemmodels::ActivityTableModel* m_model = nullptr;
    QTableView* m_activityTableView = nullptr;
};

} // namespace ropa::ui
