package org.lectern.course.export;

import org.lectern.course.BankQuestion;
import org.w3c.dom.Element;

/**
 * One question as a QTI 2.1 {@code assessmentItem}: a single-choice {@code choiceInteraction} scored 1 or 0, with
 * the explanation as feedback shown after answering. Its metadata (id, source sentence) is in the package manifest,
 * where QTI 2.1 keeps item metadata; see {@link QtiPackageWriter}.
 */
final class QtiItemWriter {

    static final String NS = "http://www.imsglobal.org/xsd/imsqti_v2p1";
    static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    private static final String SCHEMA = NS + " http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd";

    private QtiItemWriter() {
    }

    /**
     * The item identifier: the question id, which is already a valid one (a letter, then hex digits). Anything else
     * a future id might hold is replaced, so the identifier stays an XML name.
     */
    static String identifier(BankQuestion question) {
        var id = question.id().replaceAll("[^A-Za-z0-9_.-]", "_");
        return id.matches("[A-Za-z_].*") ? id : "Q_" + id;
    }

    static String title(ExportLesson lesson, int position) {
        return Text.oneLine(lesson.label()) + ", question " + position;
    }

    static byte[] write(ExportLesson lesson, BankQuestion q, int position) {
        var document = XmlDocuments.create();
        var item = document.createElementNS(NS, "assessmentItem");
        document.appendChild(item);
        item.setAttributeNS(XSI, "xsi:schemaLocation", SCHEMA);
        item.setAttribute("identifier", identifier(q));
        item.setAttribute("title", XmlDocuments.clean(title(lesson, position)));
        item.setAttribute("adaptive", "false");
        item.setAttribute("timeDependent", "false");

        var response = declaration(item, "responseDeclaration", "RESPONSE", "identifier");
        XmlDocuments.add(XmlDocuments.add(response, "correctResponse"), "value", choice(q.correctOption()));
        var score = declaration(item, "outcomeDeclaration", "SCORE", "float");
        XmlDocuments.add(XmlDocuments.add(score, "defaultValue"), "value", "0");
        var hasFeedback = !q.explanation().isBlank();
        if (hasFeedback) {
            declaration(item, "outcomeDeclaration", "FEEDBACK", "identifier");
        }

        var interaction = XmlDocuments.add(XmlDocuments.add(item, "itemBody"), "choiceInteraction");
        interaction.setAttribute("responseIdentifier", "RESPONSE");
        interaction.setAttribute("shuffle", "true");
        interaction.setAttribute("maxChoices", "1");
        XmlDocuments.add(interaction, "prompt", q.stem());
        for (int i = 0; i < q.options().size(); i++) {
            XmlDocuments.add(interaction, "simpleChoice", q.options().get(i)).setAttribute("identifier", choice(i));
        }

        responseProcessing(item, hasFeedback);
        if (hasFeedback) {
            var feedback = XmlDocuments.add(item, "modalFeedback", q.explanation().strip());
            feedback.setAttribute("outcomeIdentifier", "FEEDBACK");
            feedback.setAttribute("identifier", "EXPLANATION");
            feedback.setAttribute("showHide", "show");
        }
        return XmlDocuments.bytes(document);
    }

    static String choice(int index) {
        return "CHOICE_" + (char) ('A' + index);
    }

    private static Element declaration(Element item, String kind, String identifier, String baseType) {
        var declaration = XmlDocuments.add(item, kind);
        declaration.setAttribute("identifier", identifier);
        declaration.setAttribute("cardinality", "single");
        declaration.setAttribute("baseType", baseType);
        return declaration;
    }

    /**
     * The standard "match correct" rule written out, because the standard template cannot also switch on the
     * explanation's feedback.
     */
    private static void responseProcessing(Element item, boolean withFeedback) {
        var processing = XmlDocuments.add(item, "responseProcessing");
        var condition = XmlDocuments.add(processing, "responseCondition");
        var match = XmlDocuments.add(XmlDocuments.add(condition, "responseIf"), "match");
        XmlDocuments.add(match, "variable").setAttribute("identifier", "RESPONSE");
        XmlDocuments.add(match, "correct").setAttribute("identifier", "RESPONSE");
        setOutcome((Element) match.getParentNode(), "SCORE", "float", "1");
        setOutcome(XmlDocuments.add(condition, "responseElse"), "SCORE", "float", "0");
        if (withFeedback) {
            setOutcome(processing, "FEEDBACK", "identifier", "EXPLANATION");
        }
    }

    private static void setOutcome(Element parent, String identifier, String baseType, String value) {
        var set = XmlDocuments.add(parent, "setOutcomeValue");
        set.setAttribute("identifier", identifier);
        XmlDocuments.add(set, "baseValue", value).setAttribute("baseType", baseType);
    }
}
