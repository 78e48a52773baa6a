package org.yorisoi.channel.line.internal;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The LINE channels configured right now, by contract; configurations come and go at run time. */
@Component(service = LineChannels.class)
public class LineChannels {

    private static final Logger LOG = LoggerFactory.getLogger(LineChannels.class);

    private final List<LineChannel> channels = new CopyOnWriteArrayList<>();

    public LineChannels() {
    }

    LineChannels(List<LineChannel> channels) {
        this.channels.addAll(channels);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addChannel(LineChannel channel) {
        channels.add(channel);
        long connected = channels.stream()
                .filter(c -> c.contractId().equals(channel.contractId()) && c.connected()).count();
        if (connected > 1) {
            LOG.warn("{} connected LINE configurations for contract {}; the latest is used", connected,
                    channel.contractId());
        }
    }

    void removeChannel(LineChannel channel) {
        channels.remove(channel);
    }

    /**
     * The contract's channel. A connected configuration wins over one without secrets (the example shipped in
     * etc/ stays harmless when the operator adds the real one beside it); among equals the latest wins.
     */
    Optional<LineChannel> of(String contractId) {
        LineChannel found = null;
        for (LineChannel c : channels) {
            if (c.contractId().equals(contractId) && (found == null || c.connected() || !found.connected())) {
                found = c;
            }
        }
        return Optional.ofNullable(found);
    }
}
