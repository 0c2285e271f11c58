#pragma once

#include "session/ServerConnection.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace ropa::ui {

// Asks where a register on a PostgreSQL server is: either its whole address, as an administrator hands it out
// (postgresql://host/database?register=name), or the parts of it in fields; each follows the other as it is typed.
// There is no password field: the password is asked for when the server wants one, and never kept.
class ServerRegisterDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ServerRegisterDialog(QWidget* parent = nullptr);

    // The address the fields make; complete once the dialog can be accepted.
    QString uri() const;
    // Starts from an address, as if it had been typed.
    void setUri(const QString& uri);
    // The sentence saying what is missing or wrong; empty when the address can be opened.
    QString problem() const { return m_problem; }

private:
    void addressEdited();
    void fieldsEdited();
    void hostEdited();
    void showDetails();
    void showProblem(const QString& problem);
    void setTlsItems(session::ServerConnection::Tls tls, const QString& sslMode);

    session::ServerConnection m_details;
    QString m_problem;
    QLineEdit* m_addressEdit = nullptr;
    QLineEdit* m_hostEdit = nullptr;
    QSpinBox* m_portSpin = nullptr;
    QLineEdit* m_databaseEdit = nullptr;
    QLineEdit* m_userEdit = nullptr;
    QLineEdit* m_registerEdit = nullptr;
    QComboBox* m_tlsCombo = nullptr;
    QLabel* m_messageLabel = nullptr;
    QPushButton* m_openButton = nullptr;
};

} // namespace ropa::ui
