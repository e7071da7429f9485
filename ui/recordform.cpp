#include "recordform.h"

#include "../models/domain/plaintext.h"
#include "../models/domain/rules.h"
#include "../models/storage/settingsrepository.h"
#include "../models/storage/valuelists.h"
#include "fieldeditor.h"
#include "lookupfield.h"

#include <QCoreApplication>
#include <QFormLayout>
#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

namespace hubdesk {

namespace {

// Links that only make sense to some records: the expert of a session is an
// expert, the organisation of a startup is a start-up.
// What a consent is usually given for, and how: the usual ones and those typed before, so
// that the same purpose is written the same way every time.
QStringList consentSuggestions(Database &db, const QString &key)
{
    QStringList values;
    if (key == QLatin1String("purpose"))
        values = {QCoreApplication::translate("Consents", "Newsletter and event invitations"),
                  QCoreApplication::translate("Consents", "Listing in the expert database and sharing the profile with startups"),
                  QCoreApplication::translate("Consents", "Photos and video at events"),
                  QCoreApplication::translate("Consents", "Sharing contact details with programme partners")};
    else if (key == QLatin1String("method"))
        values = {QCoreApplication::translate("Consents", "Web form"),
                  QCoreApplication::translate("Consents", "Signed paper form"),
                  QCoreApplication::translate("Consents", "Reply to an e-mail"),
                  QCoreApplication::translate("Consents", "Business card at an event"),
                  QCoreApplication::translate("Consents", "Told staff, noted by them")};
    else
        return {};
    for (const QString &v : ValueLists::distinct(db, EntityType::Consent, key, 200)) {
        if (!values.contains(v, Qt::CaseInsensitive))
            values.append(v);
    }
    return values;
}

void restrictLookup(EntityType type, const QString &key, LookupField *lookup)
{
    if (type == EntityType::Session && key == QLatin1String("expert_id"))
        lookup->setRestriction(QStringLiteral("is_expert"), true);
    if (type == EntityType::Startup && key == QLatin1String("organisation_id"))
        lookup->setRestriction(QStringLiteral("kind"), QStringLiteral("startup"));
}

} // namespace

RecordForm::RecordForm(Database &db, EntityType type, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_type(type)
    , m_record(type)
{
    const EntityInfo &info = Entities::info(type);
    const QString currency = SettingsRepository(db).currency();
    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // Narrow panes put long labels above their field instead of squeezing the field.
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    for (const Field &field : info.fields) {
        auto *editor = new FieldEditor(db, field, currency, this);
        auto *message = new QLabel(this);
        message->setTextFormat(Qt::PlainText); // user text never renders as HTML
        message->setWordWrap(true);
        message->setVisible(false);
        QFont f = message->font();
        f.setItalic(true);
        message->setFont(f);
        auto *cell = new QWidget(this);
        auto *cellLayout = new QVBoxLayout(cell);
        cellLayout->setContentsMargins(0, 0, 0, 0);
        cellLayout->setSpacing(2);
        cellLayout->addWidget(editor);
        cellLayout->addWidget(message);
        QString label = field.type == FieldType::Bool ? QString() : field.translatedLabel();
        if (field.required && !label.isEmpty())
            label += QStringLiteral(" *");
        auto *labelWidget = new QLabel(label, this);
        labelWidget->setBuddy(editor);
        form->addRow(labelWidget, cell);
        if (editor->lookup())
            restrictLookup(type, field.key, editor->lookup());
        if (type == EntityType::Consent)
            editor->setSuggestions(consentSuggestions(db, field.key));
        if (field.managed)
            editor->setReadOnly(true);
        m_editors.insert(field.key, editor);
        m_messages.insert(field.key, message);
        m_order.append(field.key);
        const QString key = field.key;
        connect(editor, &FieldEditor::edited, this, [this, key] { onEdited(key); });
        connect(editor, &FieldEditor::submitted, this, &RecordForm::submitted);
        connect(editor, &FieldEditor::openRequested, this, &RecordForm::openRequested);
    }
}

void RecordForm::setRecord(const Record &record)
{
    m_record = record;
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it)
        it.value()->setValue(record.value(it.key()));
    m_touched.clear();
    m_showAll = false;
    refreshMessages(false);
    setModified(false);
}

Record RecordForm::record() const
{
    Record r = m_record;
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
        if (it.value()->field().managed)
            continue; // changed only through the workflow
        const QVariant v = it.value()->value();
        if (isBlank(v) && it.value()->field().type != FieldType::Bool && !it.value()->field().isSet())
            r.clear(it.key());
        else
            r.setValue(it.key(), v);
    }
    return r;
}

void RecordForm::setModified(bool modified)
{
    if (m_modified == modified)
        return;
    m_modified = modified;
    emit modifiedChanged(modified);
}

void RecordForm::setReadOnly(bool readOnly)
{
    for (FieldEditor *e : std::as_const(m_editors))
        e->setReadOnly(readOnly || e->field().managed);
}

Problems RecordForm::currentProblems() const
{
    Problems problems;
    QSet<QString> unreadable;
    for (const QString &key : m_order) {
        const QString input = m_editors.value(key)->inputProblem();
        if (!input.isEmpty()) {
            problems.append({m_type, key, input});
            unreadable.insert(key);
        }
    }
    for (const Problem &p : Rules::validate(record())) {
        if (!unreadable.contains(p.field))
            problems.append(p);
    }
    return problems;
}

void RecordForm::onEdited(const QString &key)
{
    m_touched.insert(key);
    setModified(true);
    refreshMessages(m_showAll);
}

void RecordForm::refreshMessages(bool all)
{
    QHash<QString, QString> byField;
    for (const Problem &p : currentProblems()) {
        const QString key = p.field.isEmpty() ? m_order.value(0) : p.field;
        // Before a save is tried, "is required" waits until the field was touched.
        if (!all && !m_touched.contains(key) && p.message == Rules::checkField(*Entities::info(m_type).field(key), QVariant()))
            continue;
        if (!byField.contains(key))
            byField.insert(key, p.message);
    }
    for (auto it = m_messages.begin(); it != m_messages.end(); ++it) {
        const QString message = byField.value(it.key());
        it.value()->setText(message.isEmpty() ? QString() : QStringLiteral("⚠ ") + message);
        it.value()->setVisible(!message.isEmpty());
        m_editors.value(it.key())->setToolTip(PlainText::toolTip(message));
    }
}

void RecordForm::showProblems(const Problems &problems)
{
    m_showAll = true;
    refreshMessages(true);
    // Problems found by the database side (a reference in the trash, a duplicate …).
    for (const Problem &p : problems) {
        QLabel *label = m_messages.value(p.field.isEmpty() ? m_order.value(0) : p.field);
        if (label && !label->isVisible()) {
            label->setText(QStringLiteral("⚠ ") + p.message);
            label->setVisible(true);
        }
    }
    for (const QString &key : m_order) {
        if (m_messages.value(key)->isVisible()) {
            m_editors.value(key)->setFocus(Qt::OtherFocusReason);
            break;
        }
    }
}

QString RecordForm::messageOf(const QString &key) const
{
    const QLabel *label = m_messages.value(key);
    return label && label->isVisible() ? label->text() : QString();
}

void RecordForm::focusFirstField()
{
    for (const QString &key : m_order) {
        FieldEditor *e = m_editors.value(key);
        if (!e->field().managed) {
            e->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
}

} // namespace hubdesk
