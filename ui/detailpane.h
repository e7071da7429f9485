#pragma once

#include "../models/domain/record.h"
#include "../models/storage/error.h"

#include <QPointer>
#include <QWidget>

#include <functional>
#include <memory>

class QLabel;
class QPushButton;
class QTabWidget;
class QToolButton;
class QUndoStack;

namespace hubdesk {

class Database;
class ConsentDialog;
class ErasePersonDialog;
class RecordForm;
class RelatedList;
class Repository;
class VoucherPanel;

// The record selected in a page: its form (create and edit, with the rules'
// messages as the user types), the lists of related records, and for vouchers the
// workflow actions with the cap and budget in view. Saving goes through the
// repository; a save that meets a newer version opens the conflict dialog; every
// create and edit lands on the undo stack.
class DetailPane : public QWidget
{
    Q_OBJECT
public:
    DetailPane(Database &db, EntityType type, QUndoStack *undo, QWidget *parent = nullptr);
    ~DetailPane() override;

    EntityType entity() const { return m_type; }
    qint64 recordId() const { return m_loaded.id; }
    bool isModified() const;
    // Shows a stored record; false when the user chose to stay on unsaved changes.
    bool showRecord(qint64 id);
    bool startNew();
    bool save();
    void revert();
    // Asks what to do with unsaved changes; false: stay.
    bool confirmLeave();
    // Reads the shown record again (after undo, redo or a change elsewhere).
    void reload();
    void setQuickEntry(bool on) { m_quickEntry = on; }

    RecordForm *form() const { return m_form; }
    VoucherPanel *voucherPanel() const { return m_voucher; }
    QList<RelatedList *> relatedLists() const { return m_related; }
    // Decides what happens when a save meets a newer version (the conflict dialog by
    // default); tests replace it to answer the dialog.
    void setConflictResolver(std::function<bool(const Record &base, const Record &mine, const Record &stored, Record *merged)> r)
    {
        m_resolver = std::move(r);
    }

    static QString labelOf(const Record &record);

    // People: "Export everything about this person…" and "Erase this person…" (which opens
    // the confirmation window-modal; erasePersonDialog() is it while open).
    QToolButton *personalDataButton() const { return m_personal; }
    void exportPerson();
    void erasePerson();
    ErasePersonDialog *erasePersonDialog() const;
    // Consents: records that the shown consent was withdrawn today.
    QPushButton *withdrawButton() const { return m_withdraw; }
    bool withdrawConsent();
    // People: "Add consent…" in the Consents list opens this (window-modal); Withdraw
    // today records the selected consent's withdrawal.
    ConsentDialog *consentDialog() const;
    bool withdrawConsentOf(qint64 consentId);
    // People: where their consents stand, or that they were erased.
    QLabel *consentLabel() const { return m_consent; }

signals:
    void saved(qint64 id);
    void openRequested(EntityType type, qint64 id);
    void statusMessage(const QString &message);

private:
    bool saveNew(Record record);
    bool saveChanges(Record record);
    Error withRetry(const std::function<Error()> &write);
    void showError(const Error &error);
    void display(const Record &record);
    void updateHeader();
    QString viewLabel(const Record &record) const;
    void addParticipants(qint64 eventId);
    void updatePersonalData();
    void addConsent(qint64 personId);

    Database &m_db;
    EntityType m_type;
    QUndoStack *m_undo;
    std::unique_ptr<Repository> m_repository;
    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QTabWidget *m_tabs = nullptr;
    RecordForm *m_form = nullptr;
    VoucherPanel *m_voucher = nullptr;
    QList<RelatedList *> m_related;
    QPushButton *m_save = nullptr;
    QPushButton *m_revert = nullptr;
    QToolButton *m_personal = nullptr;
    QLabel *m_consent = nullptr;
    QPushButton *m_withdraw = nullptr;
    QPointer<ErasePersonDialog> m_eraseDialog;
    QPointer<ConsentDialog> m_consentDialog;
    bool m_erased = false;
    Record m_loaded;
    bool m_quickEntry = false;
    std::function<bool(const Record &, const Record &, const Record &, Record *)> m_resolver;
};

} // namespace hubdesk
