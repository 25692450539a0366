#pragma once

#include "app/session.h"
#include "visit/visit.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace youfu::ui {

class PersonChooser;

// 记录走访: one visit as it happened — date, form, the persons met, who went, what they said
// and asked, what was explained, difficulties found, money (元, kept in fen) and goods, photos
// and what follows. Saved through VisitFollowUp::record (with the case or the draft it opens);
// a refused save keeps what was typed.
class VisitDialog : public QDialog
{
    Q_OBJECT
public:
    // `personId` and `planId` come from the due line the visit answers (0: none).
    VisitDialog(Session& session, const QDate& date, qint64 personId = 0, qint64 planId = 0,
                QWidget* parent = nullptr);

    PersonChooser* persons() const { return m_persons; }
    qint64 recordedId() const { return m_recorded; }
    // What the saved visit opened ("信访案件 …"), empty when nothing.
    QString openedTitle() const { return m_opened; }
    // The visit as the fields say (money unparsed gives *moneyOk false).
    core::VisitRecord visit(bool* moneyOk = nullptr) const;
    void accept() override;

private:
    void addPhotos();
    void followUpChanged();

    Session& m_session;
    qint64 m_planId = 0;
    qint64 m_recorded = 0;
    QString m_opened;
    QStringList m_photos;
    QDateEdit* m_date = nullptr;
    QComboBox* m_form = nullptr;
    PersonChooser* m_persons = nullptr;
    QLineEdit* m_visitors = nullptr;
    QCheckBox* m_me = nullptr;
    QPlainTextEdit* m_demands = nullptr;
    QPlainTextEdit* m_explained = nullptr;
    QPlainTextEdit* m_difficulties = nullptr;
    QLineEdit* m_money = nullptr;
    QLineEdit* m_goods = nullptr;
    QPushButton* m_addPhotos = nullptr;
    QLabel* m_photoCount = nullptr;
    QComboBox* m_followUp = nullptr;
    QComboBox* m_subject = nullptr;
    QLineEdit* m_followUpNote = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace youfu::ui
