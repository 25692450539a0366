#pragma once

#include "app/session.h"
#include "payment/payment.h"

#include <QDate>
#include <QList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace youfu::ui {

class PaymentLineModel;
class RecordTableModel;

// 发放花名册: the rolls, newest first (month, kind, title, state, lines, total, held, paid,
// failed), and the lines of the chosen roll (lazy, filtered by township, text, problems only).
// The buttons follow the roll's state and the user's role: the clerk drafts, submits, cancels,
// writes the bank file, imports the bank's result and drafts the re-issue; the section chief
// and the director sign. Whoever may not manage payments sees the rolls read only.
class RollsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit RollsPanel(Session& session, QWidget* parent = nullptr);

    void reload();
    void selectRoll(qint64 rollId);
    qint64 currentRollId() const;
    core::PaymentRoll currentRoll() const;

    RecordTableModel* rollModel() const { return m_rollModel; }
    QTableView* rollView() const { return m_rollView; }
    PaymentLineModel* lineModel() const { return m_lines; }
    QTableView* lineView() const { return m_lineView; }
    QLabel* resultLabel() const { return m_result; }

    // Each returns true when something was written. The file steps take the path so that a
    // test (or a caller that knows it) skips the file dialog.
    bool draftRoll();
    bool draftRollFor(const QDate& month);
    bool submitRoll();
    bool signRoll();
    bool cancelRoll();
    bool writeBankFile();
    bool writeBankFileTo(qint64 templateId, const QString& path);
    bool importReturn();
    bool importReturnFrom(const QString& path, const QDate& fileDate);
    bool draftReissue();
    void printSummary();
    bool exportRoll();
    void showChosenLine();

Q_SIGNALS:
    void statusMessage(const QString& message);

private:
    void buildButtons(QWidget* box);
    void showLines();
    void updateButtons();
    void reportError(const QString& message);
    void done(qint64 rollId, const QString& message);

    Session& m_session;
    QList<core::PaymentRoll> m_rolls;
    RecordTableModel* m_rollModel = nullptr;
    QTableView* m_rollView = nullptr;
    PaymentLineModel* m_lines = nullptr;
    QTableView* m_lineView = nullptr;
    QComboBox* m_township = nullptr;
    QLineEdit* m_text = nullptr;
    QCheckBox* m_problems = nullptr;
    QLabel* m_lineCount = nullptr;
    QLabel* m_result = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_draft = nullptr;
    QPushButton* m_submit = nullptr;
    QPushButton* m_sign = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_bankFile = nullptr;
    QPushButton* m_return = nullptr;
    QPushButton* m_reissue = nullptr;
    QPushButton* m_print = nullptr;
    QPushButton* m_export = nullptr;
};

} // namespace youfu::ui
