package org.lumbar.analytics.webhooks;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.lumbar.analytics.config.AnalyticsConfig;
import org.lumbar.analytics.definitions.WebhookTargets;
import org.lumbar.analytics.domain.Webhook;
import org.lumbar.analytics.domain.WebhookDelivery;
import org.lumbar.commons.http.Page;
import org.lumbar.commons.http.ProblemException;
import org.lumbar.commons.security.Caller;
import org.lumbar.contracts.EventCodec;
import org.lumbar.contracts.EventType;
import org.lumbar.contracts.Topics;
import org.lumbar.analytics.clinic.ClinicPatients;

import io.quarkus.panache.common.Sort;

/**
 * A clinic's webhooks: registered by its clinicians, fed with every progress event of the clinic's patients they
 * asked for (a delivery row stored in the transaction that produced the event), readable with their delivery log.
 */
@ApplicationScoped
public class Webhooks {

    /** The event types a webhook can receive: every progress event. */
    public static final List<String> EVENT_TYPES = java.util.Arrays.stream(EventType.values())
            .filter(t -> t.topic().equals(Topics.PROGRESS_EVENTS)).map(EventType::type).toList();
    public static final List<String> DELIVERY_STATUSES = List.of(WebhookDelivery.PENDING, WebhookDelivery.DELIVERED,
            WebhookDelivery.FAILED);

    private final Caller caller;
    private final boolean allowPrivateAddresses;

    public Webhooks(Caller caller, AnalyticsConfig config) {
        this.caller = caller;
        this.allowPrivateAddresses = config.webhooks().allowPrivateAddresses();
    }

    @Transactional
    public WebhookView register(String clinicId, WebhookRequest request) {
        ClinicPatients.requireClinician(caller, clinicId);
        Webhook webhook = new Webhook();
        webhook.id = UUID.randomUUID();
        webhook.clinicId = clinicId;
        webhook.url = checkedUrl(request.url());
        webhook.secret = request.secret();
        webhook.eventTypes = String.join(",", checkedTypes(request.eventTypes()));
        webhook.description = request.description();
        webhook.enabled = true;
        webhook.createdBy = caller.id();
        webhook.createdAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        webhook.persist();
        return WebhookView.of(webhook);
    }

    @Transactional
    public List<WebhookView> list(String clinicId) {
        ClinicPatients.requireClinician(caller, clinicId);
        return Webhook.ofClinic(clinicId).stream().map(WebhookView::of).toList();
    }

    @Transactional
    public WebhookView get(String clinicId, String webhookId) {
        return WebhookView.of(owned(clinicId, webhookId));
    }

    /** Deletes the webhook with its delivery log; nothing more is sent to it. */
    @Transactional
    public void delete(String clinicId, String webhookId) {
        Webhook webhook = owned(clinicId, webhookId);
        WebhookDelivery.delete("webhookId", webhook.id);
        webhook.delete();
    }

    /** Enables a webhook again (after its endpoint was fixed); its waiting deliveries go out again. */
    @Transactional
    public WebhookView enable(String clinicId, String webhookId) {
        Webhook webhook = owned(clinicId, webhookId);
        webhook.enabled = true;
        webhook.consecutiveFailures = 0;
        webhook.disabledAt = null;
        webhook.disabledReason = null;
        WebhookDelivery.update("nextAttemptAt = ?1 where webhookId = ?2 and status = ?3",
                Instant.now().truncatedTo(ChronoUnit.MILLIS), webhook.id, WebhookDelivery.PENDING);
        return WebhookView.of(webhook);
    }

    @Transactional
    public Page<DeliveryView> deliveries(String clinicId, String webhookId, String status, int page, int size) {
        Webhook webhook = owned(clinicId, webhookId);
        var query = status == null
                ? WebhookDelivery.<WebhookDelivery> find("webhookId", Sort.descending("id"), webhook.id)
                : WebhookDelivery.<WebhookDelivery> find("webhookId = ?1 and status = ?2", Sort.descending("id"),
                        webhook.id, status);
        return new Page<>(query.page(page, size).list().stream().map(DeliveryView::of).toList(), query.count());
    }

    /** Stores a delivery for every enabled webhook of the clinic that wants this event type; in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int enqueue(String clinicId, String eventType, UUID eventId, String subject, Instant occurredAt, Record event) {
        if (clinicId == null) {
            return 0;
        }
        int stored = 0;
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        String payload = null;
        for (Webhook webhook : Webhook.enabledOf(clinicId)) {
            if (!webhook.wants(eventType)) {
                continue;
            }
            if (payload == null) {
                payload = EventCodec.encode(event);
            }
            WebhookDelivery delivery = new WebhookDelivery();
            delivery.webhookId = webhook.id;
            delivery.eventId = eventId;
            delivery.eventType = eventType;
            delivery.subject = subject;
            delivery.occurredAt = occurredAt;
            delivery.payload = payload;
            delivery.status = WebhookDelivery.PENDING;
            delivery.nextAttemptAt = now;
            delivery.createdAt = now;
            delivery.persist();
            stored++;
        }
        return stored;
    }

    private Webhook owned(String clinicId, String webhookId) {
        ClinicPatients.requireClinician(caller, clinicId);
        Webhook webhook = null;
        try {
            webhook = Webhook.findById(UUID.fromString(webhookId));
        } catch (IllegalArgumentException e) {
            // not an id: not found
        }
        if (webhook == null || !webhook.clinicId.equals(clinicId)) {
            throw ProblemException.notFound("Webhook " + webhookId);
        }
        return webhook;
    }

    private String checkedUrl(String url) {
        try {
            URI uri = new URI(url);
            if (!uri.isAbsolute() || uri.getHost() == null
                    || !("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))) {
                throw ProblemException.badRequest("url", "must be an absolute http or https URL");
            }
            if (uri.getUserInfo() != null) {
                throw ProblemException.badRequest("url", "must not carry credentials; the signature authenticates us");
            }
            WebhookTargets.refusal(uri.getHost(), allowPrivateAddresses).ifPresent(reason -> {
                throw ProblemException.badRequest("url", reason);
            });
            return uri.toString();
        } catch (URISyntaxException e) {
            throw ProblemException.badRequest("url", "must be an absolute http or https URL");
        }
    }

    static List<String> checkedTypes(List<String> types) {
        if (types == null || types.isEmpty()) {
            return EVENT_TYPES;
        }
        Set<String> distinct = new LinkedHashSet<>();
        for (int i = 0; i < types.size(); i++) {
            String type = types.get(i);
            if (type == null || !EVENT_TYPES.contains(type)) {
                throw ProblemException.badRequest("eventTypes[" + i + "]", "must be one of " + String.join(", ", EVENT_TYPES));
            }
            distinct.add(type);
        }
        return List.copyOf(distinct);
    }
}
