package org.lectern.course.ui;

import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.StreamResourceRegistry;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;

/**
 * Follows a download link without a browser: finds the handler the anchor's address is registered to in the
 * session, as Vaadin does for a request to that address, and runs it against a response that keeps what is sent.
 */
final class Downloads {

    private Downloads() {
    }

    record Download(byte[] bytes, Map<String, String> headers, String contentType) {
    }

    static Download follow(Anchor anchor) throws Exception {
        var session = VaadinSession.getCurrent();
        var resource = session.getResourceRegistry().getResource(URI.create(anchor.getHref())).orElseThrow(() ->
                new AssertionError("no download is registered at " + anchor.getHref()));
        var handler = (DownloadHandler) ((StreamResourceRegistry.ElementStreamResource) resource)
                .getElementRequestHandler();
        var body = new ByteArrayOutputStream();
        var headers = new HashMap<String, String>();
        var contentType = new String[1];
        var response = mock(VaadinResponse.class);
        when(response.getOutputStream()).thenReturn(body);
        doAnswer(call -> headers.put(call.getArgument(0), call.getArgument(1))).when(response)
                .setHeader(anyString(), anyString());
        doAnswer(call -> contentType[0] = call.getArgument(0)).when(response).setContentType(anyString());
        handler.handleDownloadRequest(new DownloadEvent(mock(VaadinRequest.class), response, session,
                anchor.getElement()));
        return new Download(body.toByteArray(), headers, contentType[0]);
    }
}
