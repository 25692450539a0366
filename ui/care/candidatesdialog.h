#pragma once

#include "app/session.h"
#include "care/care.h"

#include <QDialog>
#include <QList>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace youfu::ui {

// Adds persons to a planned batch: candidates by category (key persons first), each with the
// last recuperation, health and whether they went within the interval; tick the persons, write
// a health note each, and the reason for those within the interval.
class CandidatesDialog : public QDialog
{
    Q_OBJECT
public:
    CandidatesDialog(Session& session, qint64 batchId, QWidget* parent = nullptr);
    QTableWidget* table() const { return m_table; }
    // Ticks the candidate (tests and the keyboard); false when not listed.
    bool tick(qint64 personId, bool on = true);
    void accept() override;

    enum Column
    {
        Take,
        Name,
        Township,
        Categories,
        Eligibility,
        Health,
        ColumnCount
    };

private:
    void search();

    Session& m_session;
    qint64 m_batchId = 0;
    int m_years = 2;
    QList<core::RecuperationCandidate> m_candidates;
    QComboBox* m_category = nullptr;
    QCheckBox* m_keyOnly = nullptr;
    QLineEdit* m_text = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_warning = nullptr;
    QLineEdit* m_reason = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace youfu::ui
