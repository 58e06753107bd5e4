package dev.bridgehead.web.organization;

import dev.bridgehead.marketplace.organization.ComplianceProfile;
import dev.bridgehead.marketplace.organization.ComplianceProfileInput;
import dev.bridgehead.marketplace.organization.ComplianceProfileInput.CertificationInput;
import dev.bridgehead.marketplace.organization.ComplianceProfileInput.MechanismInput;
import dev.bridgehead.marketplace.organization.HeldEntry;
import dev.bridgehead.web.security.CsrfForm;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The compliance profile form. Without script, repeatable rows travel as parallel lists
 * ({@code mechanismCode}, {@code mechanismScope}, …, one entry per row); rows without a code are
 * blank rows and ignored. Each row carries its evidence: reference, issuer, days obtained and
 * expiring, and the SHA-256 of an uploaded document.
 */
@Serdeable
public record ComplianceForm(
        @Nullable String csrfToken,
        @Nullable List<String> mechanismCode,
        @Nullable List<String> mechanismScope,
        @Nullable List<String> mechanismObtainedOn,
        @Nullable List<String> mechanismEvidenceRef,
        @Nullable List<String> mechanismIssuer,
        @Nullable List<String> mechanismExpiresOn,
        @Nullable List<String> mechanismDocument,
        @Nullable List<String> certificationCode,
        @Nullable List<String> certificationExpiresOn,
        @Nullable List<String> certificationEvidenceRef,
        @Nullable List<String> certificationIssuer,
        @Nullable List<String> certificationObtainedOn,
        @Nullable List<String> certificationDocument,
        @Nullable List<String> acceptsCategories,
        @Nullable String ciio,
        @Nullable Integer version) implements CsrfForm {

    static final int BLANK_ROWS = 2;

    /** One row of the form, as typed. */
    public record Row(String code, String scope, String reference, String issuer, String obtainedOn, String expiresOn, String document) {

        static final Row BLANK = new Row("", "", "", "", "", "", "");

        static Row of(HeldEntry entry) {
            return new Row(entry.code().name(), text(entry.scope()), text(entry.evidenceRef()), text(entry.issuer()), date(entry.obtainedOn()),
                    date(entry.expiresOn()), text(entry.documentSha256()));
        }
    }

    static ComplianceForm of(ComplianceProfile p) {
        List<Row> mechanisms = p.mechanisms().stream().map(Row::of).toList();
        List<Row> certifications = p.certifications().stream().map(Row::of).toList();
        return new ComplianceForm(null, column(mechanisms, Row::code), column(mechanisms, Row::scope), column(mechanisms, Row::obtainedOn),
                column(mechanisms, Row::reference), column(mechanisms, Row::issuer), column(mechanisms, Row::expiresOn),
                column(mechanisms, Row::document), column(certifications, Row::code), column(certifications, Row::expiresOn),
                column(certifications, Row::reference), column(certifications, Row::issuer), column(certifications, Row::obtainedOn),
                column(certifications, Row::document), p.acceptsCategories().stream().map(Enum::name).toList(), p.ciio() ? "true" : null,
                p.version());
    }

    ComplianceForm atVersion(Integer current) {
        return new ComplianceForm(null, mechanismCode, mechanismScope, mechanismObtainedOn, mechanismEvidenceRef, mechanismIssuer,
                mechanismExpiresOn, mechanismDocument, certificationCode, certificationExpiresOn, certificationEvidenceRef, certificationIssuer,
                certificationObtainedOn, certificationDocument, acceptsCategories, ciio, current);
    }

    /** The mechanism rows as typed. */
    public List<Row> mechanismRows() {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < size(mechanismCode); i++) {
            rows.add(new Row(at(mechanismCode, i), at(mechanismScope, i), at(mechanismEvidenceRef, i), at(mechanismIssuer, i),
                    at(mechanismObtainedOn, i), at(mechanismExpiresOn, i), at(mechanismDocument, i)));
        }
        return rows;
    }

    public List<Row> certificationRows() {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < size(certificationCode); i++) {
            rows.add(new Row(at(certificationCode, i), "", at(certificationEvidenceRef, i), at(certificationIssuer, i), at(certificationObtainedOn, i),
                    at(certificationExpiresOn, i), at(certificationDocument, i)));
        }
        return rows;
    }

    public boolean isCiio() {
        return "true".equals(ciio);
    }

    ComplianceProfileInput input() {
        List<MechanismInput> mechanisms = new ArrayList<>();
        for (Row row : filled(mechanismRows())) {
            mechanisms.add(new MechanismInput(row.code(), row.scope(), row.obtainedOn(), null, row.reference(), row.issuer(), row.expiresOn(),
                    row.document()));
        }
        List<CertificationInput> certifications = new ArrayList<>();
        for (Row row : filled(certificationRows())) {
            certifications.add(new CertificationInput(row.code(), row.expiresOn(), null, row.reference(), row.issuer(), row.obtainedOn(),
                    row.document()));
        }
        return new ComplianceProfileInput(mechanisms, certifications, acceptsCategories == null ? List.of() : acceptsCategories, isCiio(), version);
    }

    /** The rows for display: those typed, then blank ones. */
    public List<Row> withBlankRows(List<Row> rows) {
        List<Row> shown = new ArrayList<>(filled(rows));
        for (int i = 0; i < BLANK_ROWS; i++) {
            shown.add(Row.BLANK);
        }
        return shown;
    }

    private static List<Row> filled(List<Row> rows) {
        return rows.stream().filter(row -> !row.code().isBlank()).toList();
    }

    private static List<String> column(List<Row> rows, java.util.function.Function<Row, String> field) {
        return rows.stream().map(field).toList();
    }

    private static int size(List<String> values) {
        return values == null ? 0 : values.size();
    }

    private static String at(List<String> values, int index) {
        return values == null || index >= values.size() || values.get(index) == null ? "" : values.get(index);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String date(LocalDate value) {
        return value == null ? "" : value.toString();
    }
}
