#include "ServerRegisterDialog.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSpinBox>
#include <QtTest>

using namespace ropa;

// The dialog that asks where a server register is: the fields and the typed address say the same, and what cannot
// be opened is one sentence with Open disabled.
class ServerRegisterDialogTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dialog = std::make_unique<ui::ServerRegisterDialog>();
        m_dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    }

    void cleanup() { m_dialog.reset(); }

    void theFieldsMakeTheAddress()
    {
        QVERIFY(!openButton()->isEnabled());
        QCOMPARE(child<QSpinBox>("portSpin")->value(), 5432);
        QCOMPARE(child<QComboBox>("tlsCombo")->currentText(),
                 QStringLiteral("Verify the server's certificate (recommended)"));

        QTest::keyClicks(child<QLineEdit>("hostEdit"), QStringLiteral("db.example.org"));
        QTest::keyClicks(child<QLineEdit>("databaseEdit"), QStringLiteral("ropa"));
        QTest::keyClicks(child<QLineEdit>("userEdit"), QStringLiteral("priya"));
        QVERIFY(!openButton()->isEnabled());
        QVERIFY(message().contains(QStringLiteral("register's name")));
        QTest::keyClicks(child<QLineEdit>("registerEdit"), QStringLiteral("kjm"));
        const QString expected = QStringLiteral("postgresql://priya@db.example.org/ropa?register=kjm");
        QCOMPARE(m_dialog->uri(), expected);
        QCOMPARE(child<QLineEdit>("addressEdit")->text(), expected);
        QVERIFY(openButton()->isEnabled());
        QVERIFY(!child<QLabel>("messageLabel")->isVisible());

        child<QSpinBox>("portSpin")->setValue(6543);
        child<QComboBox>("tlsCombo")->setCurrentIndex(1);
        QCOMPARE(child<QComboBox>("tlsCombo")->currentText(), QStringLiteral("Encrypt, don't verify"));
        QCOMPARE(child<QLineEdit>("addressEdit")->text(),
                 QStringLiteral("postgresql://priya@db.example.org:6543/ropa?register=kjm&sslmode=require"));
        QVERIFY(openButton()->isEnabled());
    }

    void aSocketFolderIsALocalSocketWithoutTls()
    {
        QTest::keyClicks(child<QLineEdit>("hostEdit"), QStringLiteral("/run/postgresql"));
        QCOMPARE(child<QComboBox>("tlsCombo")->currentText(), QStringLiteral("Local socket, no TLS"));
        QTest::keyClicks(child<QLineEdit>("databaseEdit"), QStringLiteral("ropa"));
        QTest::keyClicks(child<QLineEdit>("registerEdit"), QStringLiteral("kjm"));
        QCOMPARE(m_dialog->uri(), QStringLiteral("postgresql:///ropa?register=kjm&host=%2Frun%2Fpostgresql"));
        QVERIFY(openButton()->isEnabled());

        // Asking for TLS over a socket is said, not quietly ignored; a server's name brings the safe choice back.
        child<QComboBox>("tlsCombo")->setCurrentIndex(0);
        QVERIFY(!openButton()->isEnabled());
        QVERIFY(message().contains(QStringLiteral("Local socket, no TLS")));
        child<QComboBox>("tlsCombo")->setCurrentIndex(2);
        QLineEdit* host = child<QLineEdit>("hostEdit");
        host->clear();
        QTest::keyClicks(host, QStringLiteral("db.example.org"));
        QCOMPARE(child<QComboBox>("tlsCombo")->currentText(),
                 QStringLiteral("Verify the server's certificate (recommended)"));
        QCOMPARE(m_dialog->uri(), QStringLiteral("postgresql://db.example.org/ropa?register=kjm"));
    }

    void aTypedAddressFillsTheFieldsAndKeepsWhatHasNoField()
    {
        QTest::keyClicks(child<QLineEdit>("addressEdit"),
                         QStringLiteral("postgres://sam@db.example.org:6000/office?register=kjm-2&sslmode=require&"
                                        "connect_timeout=5"));
        QCOMPARE(child<QLineEdit>("hostEdit")->text(), QStringLiteral("db.example.org"));
        QCOMPARE(child<QSpinBox>("portSpin")->value(), 6000);
        QCOMPARE(child<QLineEdit>("databaseEdit")->text(), QStringLiteral("office"));
        QCOMPARE(child<QLineEdit>("userEdit")->text(), QStringLiteral("sam"));
        QCOMPARE(child<QLineEdit>("registerEdit")->text(), QStringLiteral("kjm-2"));
        QCOMPARE(child<QComboBox>("tlsCombo")->currentText(), QStringLiteral("Encrypt, don't verify"));
        QVERIFY(openButton()->isEnabled());

        QLineEdit* user = child<QLineEdit>("userEdit");
        user->clear();
        QTest::keyClicks(user, QStringLiteral("priya"));
        QCOMPARE(m_dialog->uri(),
                 QStringLiteral("postgresql://priya@db.example.org:6000/office?register=kjm-2&"
                                "connect_timeout=5&sslmode=require"));

        // A socket address, as the team-mode tests and a server on this computer write it.
        QLineEdit* address = child<QLineEdit>("addressEdit");
        address->clear();
        QTest::keyClicks(
            address, QStringLiteral("postgresql:///ropa?host=%2Fvar%2Frun%2Fpg&port=5433&user=office&register=kjm"));
        QCOMPARE(child<QLineEdit>("hostEdit")->text(), QStringLiteral("/var/run/pg"));
        QCOMPARE(child<QSpinBox>("portSpin")->value(), 5433);
        QCOMPARE(child<QLineEdit>("userEdit")->text(), QStringLiteral("office"));
        QCOMPARE(child<QComboBox>("tlsCombo")->currentText(), QStringLiteral("Local socket, no TLS"));
        QVERIFY(openButton()->isEnabled());
        QCOMPARE(m_dialog->uri(),
                 QStringLiteral("postgresql:///ropa?register=kjm&host=%2Fvar%2Frun%2Fpg&port=5433&user=office"));
    }

    void anotherSslModeIsKeptAsWritten()
    {
        m_dialog->setUri(QStringLiteral("postgresql://db.example.org/ropa?register=kjm&sslmode=verify-ca"));
        QCOMPARE(child<QComboBox>("tlsCombo")->currentText(),
                 QStringLiteral("As the address says (sslmode=verify-ca)"));
        QCOMPARE(m_dialog->uri(), QStringLiteral("postgresql://db.example.org/ropa?register=kjm&sslmode=verify-ca"));
        QVERIFY(openButton()->isEnabled());
    }

    void anAddressWithAPasswordIsRefusedWithoutShowingIt()
    {
        for (const QString& uri : {QStringLiteral("postgresql://priya:hunter2@db.example.org/ropa?register=kjm"),
                                   QStringLiteral("postgresql://db.example.org/ropa?register=kjm&password=hunter2")}) {
            QLineEdit* address = child<QLineEdit>("addressEdit");
            address->clear();
            QTest::keyClicks(address, uri);
            QVERIFY2(!openButton()->isEnabled(), qPrintable(uri));
            QVERIFY(child<QLabel>("messageLabel")->isVisible());
            QVERIFY2(message().contains(QStringLiteral("password")), qPrintable(message()));
            QVERIFY(!message().contains(QStringLiteral("hunter2")));
            QVERIFY(isOneSentence(message()));
            QVERIFY(!m_dialog->uri().contains(QStringLiteral("hunter2")));
        }
    }

    void whatCannotBeOpenedIsOneSentence()
    {
        const QList<std::pair<QString, QString>> cases = {
            {QStringLiteral("postgresql://db.example.org/ropa"), QStringLiteral("register's name")},
            {QStringLiteral("postgresql://db.example.org/ropa?register=KJM Group"), QStringLiteral("small letters")},
            {QStringLiteral("postgresql://db.example.org/?register=kjm"), QStringLiteral("database")},
            {QStringLiteral("postgresql://db.example.org/ropa?register=kjm&colour=blue"), QStringLiteral("colour")},
            {QStringLiteral("https://db.example.org/ropa?register=kjm"), QStringLiteral("postgresql://")},
        };
        for (const auto& [uri, said] : cases) {
            QLineEdit* address = child<QLineEdit>("addressEdit");
            address->clear();
            QTest::keyClicks(address, uri);
            QVERIFY2(!openButton()->isEnabled(), qPrintable(uri));
            QVERIFY2(message().contains(said), qPrintable(uri + QStringLiteral(": ") + message()));
            QVERIFY2(isOneSentence(message()), qPrintable(message()));
        }
        // Clicking Open while it cannot open does nothing.
        QTest::keyClick(child<QLineEdit>("addressEdit"), Qt::Key_Return);
        QVERIFY(m_dialog->isVisible());
    }

    void everyFieldHasItsOwnMnemonicAndTabGoesDownTheForm()
    {
        QSet<QChar> keys;
        for (const QLabel* label : m_dialog->findChildren<QLabel*>()) {
            if (!label->buddy()) {
                continue;
            }
            const qsizetype at = label->text().indexOf(QLatin1Char('&'));
            QVERIFY2(at >= 0, qPrintable(label->text()));
            const QChar key = label->text().at(at + 1).toLower();
            QVERIFY2(!keys.contains(key), qPrintable(label->text()));
            keys.insert(key);
        }
        QCOMPARE(keys.size(), 7);
        QVERIFY(!keys.contains(QLatin1Char('o'))); // the Open button's
        QCOMPARE(openButton()->text(), QStringLiteral("&Open"));

        QStringList order;
        QWidget* widget = child<QLineEdit>("addressEdit");
        for (int i = 0; i < 7; ++i) {
            order.append(widget->objectName());
            do {
                widget = widget->nextInFocusChain();
            } while (!(widget->focusPolicy() & Qt::TabFocus) || widget->objectName().isEmpty() ||
                     widget->objectName().startsWith(QLatin1String("qt_")));
        }
        QCOMPARE(order,
                 (QStringList{QStringLiteral("addressEdit"), QStringLiteral("hostEdit"), QStringLiteral("portSpin"),
                              QStringLiteral("databaseEdit"), QStringLiteral("userEdit"),
                              QStringLiteral("registerEdit"), QStringLiteral("tlsCombo")}));
        // No password is asked for here: the server asks for it when it wants it.
        for (const QLineEdit* edit : m_dialog->findChildren<QLineEdit*>()) {
            QVERIFY(edit->echoMode() == QLineEdit::Normal);
        }
    }

private:
    template <typename T>
    T* child(const char* name) const
    {
        auto* widget = m_dialog->findChild<T*>(QLatin1String(name));
        if (!widget) {
            qFatal("no %s", name);
        }
        return widget;
    }
    QPushButton* openButton() const { return child<QPushButton>("openButton"); }
    QString message() const { return child<QLabel>("messageLabel")->text(); }
    static bool isOneSentence(const QString& text)
    {
        return !text.isEmpty() && !text.contains(QLatin1Char('\n')) &&
            (text.endsWith(QLatin1Char('.')) || text.endsWith(QLatin1Char(')')) ||
             text.contains(QRegularExpression(QStringLiteral("[.:] "))));
    }

    std::unique_ptr<ui::ServerRegisterDialog> m_dialog;
};

QTEST_MAIN(ServerRegisterDialogTest)
#include "ServerRegisterDialogTest.moc"
