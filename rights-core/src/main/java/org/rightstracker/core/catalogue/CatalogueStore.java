package org.rightstracker.core.catalogue;

import java.util.List;

/**
 * What the work, recording and party services have in common, so the pages that list, show, add, save
 * and delete them are written once: search by folded key, read, create, version-checked update, and a
 * delete that is refused while anything still uses the record.
 *
 * @param <E> the catalogue entity
 * @param <I> its input as the forms and the API send it
 */
public interface CatalogueStore<E, I> {

    E get(long id);

    List<E> search(String query, int pageIndex, int pageSize);

    long count(String query);

    E create(I input);

    E update(long id, long version, I input);

    void delete(long id, long version);
}
